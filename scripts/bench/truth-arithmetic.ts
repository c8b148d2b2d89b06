// Arithmetic the generator's truth must satisfy, checked with decimal.js: returns the
// broken rules of one department-year (empty when all hold).
import Decimal from 'decimal.js';
import type { TruthEntry } from './truth.ts';

const sum = (values: (number | undefined)[]) => values.reduce<Decimal>((s, v) => (v === undefined ? s : s.plus(v)), new Decimal(0));

export function arithmeticProblems(entry: TruthEntry): string[] {
  const problems: string[] = [];
  const expect = (rule: string, left: Decimal | number | undefined, right: Decimal | number | undefined) => {
    if (left === undefined || right === undefined) return;
    if (!new Decimal(left).equals(right)) problems.push(`${rule}: ${new Decimal(left)} ≠ ${new Decimal(right)}`);
  };
  const s = entry.summary;
  expect('basic + project = expenditure', sum([s.basicExpenditure, s.projectExpenditure]), s.expenditureTotal);
  if (s.openingBalance !== undefined) {
    expect('income + opening = grand total', sum([s.incomeTotal, s.openingBalance]), s.grandTotal);
    expect('expenditure + closing = grand total', sum([s.expenditureTotal, s.closingBalance]), s.grandTotal);
  }
  const rows = entry.expenditureByFunction ?? [];
  const children = (code: string, length: number) => rows.filter((r) => r.code.length === length && r.code.startsWith(code));
  if (rows.length > 0) expect('合计 = Σ 类', sum(children('', 3).map((r) => r.total)), s.expenditureTotal);
  for (const r of rows) {
    if (r.basic !== undefined) expect(`${r.code} total = basic + project`, sum([r.basic, r.project]), r.total);
    if (r.level === '类') expect(`${r.code} = Σ 款`, sum(children(r.code, 5).map((c) => c.total)), r.total);
    if (r.level === '款') expect(`${r.code} = Σ 项`, sum(children(r.code, 7).map((c) => c.total)), r.total);
  }
  const e = entry.basicByEconomic;
  if (e) {
    expect('人员 + 公用 = basic', sum([e.personnelTotal, e.publicTotal]), s.basicExpenditure);
    if (e.rows.length > 0) {
      const classes = (codes: string[]) => sum(e.rows.filter((r) => codes.includes(r.code)).map((r) => r.amount));
      expect('301 + 303 = 人员经费合计', classes(['301', '303']), e.personnelTotal);
      expect('302 + 307 + 310 + 399 = 公用经费合计', classes(['302', '307', '310', '399']), e.publicTotal);
      for (const c of e.rows.filter((r) => r.level === '类')) {
        expect(`${c.code} = Σ 款`, sum(e.rows.filter((r) => r.level === '款' && r.code.startsWith(c.code)).map((r) => r.amount)), c.amount);
      }
    }
  }
  for (const side of ['budget', 'actual'] as const) {
    const t = entry.threePublic?.[side];
    if (!t) continue;
    if (t.vehicle !== undefined) expect(`三公 ${side} total = abroad + vehicle + reception`, sum([t.abroad, t.vehicle, t.reception]), t.total);
    if (t.vehicle !== undefined && t.vehiclePurchase !== undefined) expect(`三公 ${side} vehicle = purchase + operation`, sum([t.vehiclePurchase, t.vehicleOperation]), t.vehicle);
    if (t.vehicle === undefined && t.vehiclePurchase !== undefined) expect(`三公 ${side} total = abroad + purchase + operation + reception`, sum([t.abroad, t.vehiclePurchase, t.vehicleOperation, t.reception]), t.total);
  }
  for (const item of entry.budgetExecution ?? []) {
    expect(`budget execution ${item.code} actual = 项 total`, item.actual, rows.find((r) => r.code === item.code)?.total ?? Number.NaN);
  }
  if (entry.budgetExecution) expect('Σ budget-execution actuals = expenditure', sum(entry.budgetExecution.map((i) => i.actual)), s.expenditureTotal);
  const p = entry.procurement;
  if (p) expect('procurement total = goods + works + services', sum([p.goods, p.works, p.services]), p.total);
  return problems;
}
