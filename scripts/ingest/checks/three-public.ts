// 三公: total = abroad + vehicle + reception; vehicle = purchase + operation; budget and actual alike.
import type { Check, DepartmentYear, ThreePublicFigures } from '../../../src/lib/schema.ts';
import { compareSum } from './compare.ts';
import { threePublicLabel } from '../wording.ts';

export function threePublicChecks(entry: DepartmentYear): Check[] {
  const tp = entry.threePublic;
  if (!tp) return [];
  return (['budget', 'actual'] as const).flatMap((side) => figuresChecks(side, tp[side]));
}

function figuresChecks(side: 'budget' | 'actual', f: ThreePublicFigures | undefined): Check[] {
  if (!f) return [];
  const where = threePublicLabel(side, 'total');
  const checks: Check[] = [];
  if (f.total !== undefined && f.abroad !== undefined && f.vehicle !== undefined && f.reception !== undefined) {
    checks.push(compareSum({ id: `threePublic.${side}.total`, where, what: '因公出国（境）费、公务用车购置及运行费与公务接待费', stated: f.total, statedLabel: '合计', parts: [f.abroad, f.vehicle, f.reception], field: `threePublic.${side}.total` }));
  }
  if (f.vehicle !== undefined && f.vehiclePurchase !== undefined && f.vehicleOperation !== undefined) {
    checks.push(compareSum({ id: `threePublic.${side}.vehicle`, where, what: '公务用车购置费与公务用车运行费', stated: f.vehicle, statedLabel: '公务用车购置及运行费', parts: [f.vehiclePurchase, f.vehicleOperation], field: `threePublic.${side}.vehicle` }));
  }
  return checks;
}
