// The twelve columns of the “三公”经费 table: 预算数 and 决算数, each split into 合计,
// 因公出国（境）费, 公务用车购置及运行费 (小计, 购置费, 运行费) and 公务接待费.
import type { ThreePublicFigures } from '../../../src/lib/schema.ts';

export type Side = 'budget' | 'actual';
export type Role = keyof ThreePublicFigures;
export interface ThreePublicColumn {
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

/** What one column holds, from its derived name: "预算数/公务用车购置及运行费/小计" or, where the
 * two sides alternate under each item, "财政拨款“三公”经费/合计/预算数". */
export function columnRole(name: string): ThreePublicColumn | undefined {
  const segments = name.split('/').filter(Boolean);
  const sideAt = segments.findLastIndex((s) => /预算|决算/.test(s));
  if (sideAt < 0) return undefined;
  const side: Side = /预算/.test(segments[sideAt]) ? 'budget' : 'actual';
  // The item is named by the most specific other segment; "财政拨款“三公”经费" names none.
  const items = segments.filter((_, i) => i !== sideAt).reverse();
  // A side segment may carry the item too ("预算数合计").
  items.push(segments[sideAt].replace(/预算数?|决算数?/, ''));
  for (const item of items) {
    const role = itemRole(item);
    if (role) return { side, role };
  }
  return undefined;
}

function itemRole(text: string): Role | undefined {
  if (/出国/.test(text)) return 'abroad';
  if (/接待/.test(text)) return 'reception';
  if (/小计|购置[及和](运行|维护)/.test(text)) return 'vehicle';
  if (/购置/.test(text)) return 'vehiclePurchase';
  if (/运行|维护/.test(text)) return 'vehicleOperation';
  if (/合计/.test(text)) return 'total';
  return undefined;
}

/** "budget.reception": the amount meaning of a 三公 column, as column roles publish it. */
export function threePublicRole(name: string): string | undefined {
  const role = columnRole(name);
  return role && `${role.side}.${role.role}`;
}

/** The role of every column when the header names all twelve exactly once, else undefined. */
export function roleMap(columns: readonly string[]): ThreePublicColumn[] | undefined {
  if (columns.length !== 12) return undefined;
  const roles = columns.map(columnRole);
  if (roles.some((r) => r === undefined)) return undefined;
  const keys = new Set(roles.map((r) => `${r!.side}.${r!.role}`));
  return keys.size === 12 ? (roles as ThreePublicColumn[]) : undefined;
}

/**
 * Columns whose header names no item although every other column does (a header word lost
 * in a text conversion): when each side misses exactly the figures of its unnamed columns,
 * one each, the unnamed column is that figure. The canonical names of the columns so read,
 * or undefined when the header does not allow it.
 */
export function inferMissingRoles(columns: readonly string[]): { columns: string[]; inferred: number[] } | undefined {
  if (columns.length !== 12) return undefined;
  const roles = columns.map(columnRole);
  const unnamed = roles.flatMap((r, i) => (r === undefined ? [i] : []));
  if (unnamed.length === 0 || unnamed.length > 2) return undefined;
  const named = roles.filter((r): r is ThreePublicColumn => r !== undefined);
  if (new Set(named.map((r) => `${r.side}.${r.role}`)).size !== named.length) return undefined;
  const out = columns.map((c, i) => (roles[i] ? canonicalName(roles[i]!) : c));
  for (const i of unnamed) {
    const side: Side | undefined = /预算/.test(columns[i]) ? 'budget' : /决算/.test(columns[i]) ? 'actual' : undefined;
    if (!side || unnamed.filter((j) => (/预算/.test(columns[j]) ? 'budget' : 'actual') === side).length !== 1) return undefined;
    const missing = ROLES.filter((role) => !named.some((r) => r.side === side && r.role === role));
    if (missing.length !== 1) return undefined;
    out[i] = canonicalName({ side, role: missing[0] });
  }
  return { columns: out, inferred: unnamed };
}

function canonicalName(column: ThreePublicColumn): string {
  return `${column.side === 'budget' ? '预算数' : '决算数'}/${ROLE_NAMES[column.role]}`;
}
