// Every arithmetic and consistency check of the data contract, run on an assembled entry.
import type { Check, DepartmentYear } from '../../../src/lib/schema.ts';
import type { ParsedDocument } from '../parse-report.ts';
import type { TableFacts } from '../types.ts';
import { budgetExecutionChecks } from './budget-execution.ts';
import { economicChecks } from './economic.ts';
import { functionRowChecks } from './function-rows.ts';
import { functionTableChecks } from './function-tables.ts';
import { narrativeChecks } from './narrative.ts';
import { sourceAgreementChecks } from './sources.ts';
import { threePublicChecks } from './three-public.ts';
import { kindOf } from './table-access.ts';
import { totalsChecks } from './totals.ts';

export interface CheckContext {
  tableFacts?: TableFacts;
  documents: ParsedDocument[];
}

export function runChecks(entry: DepartmentYear, context: CheckContext): Check[] {
  const hasTables = (entry.tables ?? []).some((t) => kindOf(t) !== undefined);
  const finalProse = context.documents.filter((d) => d.documentType === 'final-accounts').map((d) => d.prose);
  return [
    ...(hasTables ? functionTableChecks(entry.tables) : functionRowChecks(entry)),
    ...totalsChecks(entry),
    ...economicChecks(entry),
    ...threePublicChecks(entry),
    ...budgetExecutionChecks(entry, hasTables),
    ...(hasTables && context.tableFacts ? finalProse.flatMap((p) => narrativeChecks(context.tableFacts!, p)) : []),
    ...sourceAgreementChecks(entry, context.documents),
  ];
}
