// Where a performance self-evaluation restates a final-accounts figure, the final
// accounts win and any disagreement is recorded as a failed check.
import type { Check, DepartmentYear } from '../../../src/lib/schema.ts';
import type { ParsedDocument } from '../parse-report.ts';
import { compareSame } from './compare.ts';

const FIELDS = [
  ['expenditureTotal', '本年支出合计'], ['basicExpenditure', '基本支出'], ['projectExpenditure', '项目支出'], ['incomeTotal', '本年收入合计'],
] as const;

export function sourceAgreementChecks(entry: DepartmentYear, documents: ParsedDocument[]): Check[] {
  const evaluations = documents.filter((d) => d.documentType === 'performance-evaluation');
  if (evaluations.length === 0 || !documents.some((d) => d.documentType === 'final-accounts')) return [];
  const checks: Check[] = [];
  for (const doc of evaluations) {
    for (const [key, label] of FIELDS) {
      const published = entry.summary?.[key];
      const stated = doc.prose.summary?.[key];
      if (published === undefined || stated === undefined) continue;
      checks.push(compareSame('sources.agree', label, { label: '部门决算', value: published }, { label: `绩效自评 (${doc.file})`, value: stated }, `summary.${key}`));
    }
    for (const side of ['budget', 'actual'] as const) {
      const published = entry.threePublic?.[side]?.total;
      const stated = doc.prose.threePublic?.[side]?.total;
      if (published !== undefined && stated !== undefined) checks.push(compareSame('sources.agree', `三公${side === 'budget' ? '预算' : '决算'}合计`, { label: '部门决算', value: published }, { label: `绩效自评 (${doc.file})`, value: stated }, `threePublic.${side}.total`));
    }
  }
  return checks;
}
