// Where a performance self-evaluation restates a final-accounts figure, the final
// accounts win and any disagreement is recorded as a failed check.
import type { Check, DepartmentYear } from '../../../src/lib/schema.ts';
import type { ParsedDocument } from '../parse-report.ts';
import { compareSame } from './compare.ts';
import { SUMMARY_LABELS, threePublicLabel } from '../wording.ts';

const FIELDS = ['expenditureTotal', 'basicExpenditure', 'projectExpenditure', 'incomeTotal'] as const;

const FINAL_ACCOUNTS = '部门决算';

export function sourceAgreementChecks(entry: DepartmentYear, documents: ParsedDocument[]): Check[] {
  const evaluations = documents.filter((d) => d.documentType === 'performance-evaluation');
  if (evaluations.length === 0 || !documents.some((d) => d.documentType === 'final-accounts')) return [];
  const checks: Check[] = [];
  for (const doc of evaluations) {
    const evaluation = `绩效自评报告（${doc.file}）`;
    for (const key of FIELDS) {
      const published = entry.summary?.[key];
      const stated = doc.prose.summary?.[key];
      if (published === undefined || stated === undefined) continue;
      checks.push(compareSame({ id: 'sources.agree', kind: 'sources', what: SUMMARY_LABELS[key], a: { label: FINAL_ACCOUNTS, value: published }, b: { label: evaluation, value: stated }, field: `summary.${key}` }));
    }
    for (const side of ['budget', 'actual'] as const) {
      const published = entry.threePublic?.[side]?.total;
      const stated = doc.prose.threePublic?.[side]?.total;
      if (published !== undefined && stated !== undefined) checks.push(compareSame({ id: 'sources.agree', kind: 'sources', what: threePublicLabel(side, 'total'), a: { label: FINAL_ACCOUNTS, value: published }, b: { label: evaluation, value: stated }, field: `threePublic.${side}.total` }));
    }
  }
  return checks;
}
