// The twelve columns of the “三公”经费 table: 预算数 and 决算数, each split into 合计,
// 因公出国（境）费, 公务用车购置及运行费 (小计, 购置费, 运行费) and 公务接待费.
import type { ThreePublicFigures } from '../../../src/lib/schema.ts';

export type Side = 'budget' | 'actual';
export type Role = keyof ThreePublicFigures;
export interface ColumnRole {
  side: Side;
  role: Role;
}

export const ROLES: readonly Role[] = ['total', 'abroad', 'vehicle', 'vehiclePurchase', 'vehicleOperation', 'reception'];

const ROLE_NAMES: Record<Role, string> = {
  total: '合计',
  abroad: '因公出国（境）费',
  vehicle: '公务用车购置及运行费/小计',
  vehiclePurchase: '公务用车购置及运行费/公务用车购置费',
  vehicleOperation: '公务用车购置及运行费/公务用车运行费',
  reception: '公务接待费',
};

export const CANONICAL_THREE_PUBLIC: readonly string[] = [
  ...ROLES.map((r) => `预算数/${ROLE_NAMES[r]}`),
  ...ROLES.map((r) => `决算数/${ROLE_NAMES[r]}`),
];

/** What one column holds, from its derived name ("预算数/公务用车购置及运行费/小计"). */
export function columnRole(name: string): ColumnRole | undefined {
  const side: Side | undefined = /预算/.test(name) ? 'budget' : /决算/.test(name) ? 'actual' : undefined;
  const last = name.split('/').at(-1) ?? '';
  const role: Role | undefined = /合计/.test(last) ? 'total'
    : /出国/.test(last) ? 'abroad'
    : /接待/.test(last) ? 'reception'
    : /小计|购置及运行/.test(last) ? 'vehicle'
    : /购置/.test(last) ? 'vehiclePurchase'
    : /运行|维护/.test(last) ? 'vehicleOperation'
    : undefined;
  return side && role ? { side, role } : undefined;
}

/** The role of every column when the header names all twelve exactly once, else undefined. */
export function roleMap(columns: readonly string[]): ColumnRole[] | undefined {
  if (columns.length !== 12) return undefined;
  const roles = columns.map(columnRole);
  if (roles.some((r) => r === undefined)) return undefined;
  const keys = new Set(roles.map((r) => `${r!.side}.${r!.role}`));
  return keys.size === 12 ? (roles as ColumnRole[]) : undefined;
}
