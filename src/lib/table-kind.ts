// What a table is, by its `kind`: the nine tables of a 部门决算 go by different 公开NN numbers
// in different regions (三公 is 07 in some, 09 in others) and by none at all in a PDF, so
// the site never looks a table up by its id. Content written before `kind` existed falls
// back to the table's title.
import type { Table, TableKindName } from './schema.ts';

export type StandardKind = Exclude<TableKindName, 'other'>;

/** The nine tables, in the order a report prints them. */
export const STANDARD_KINDS: readonly StandardKind[] = [
  'summary', 'income', 'expenditure', 'fiscalSummary', 'generalBudget',
  'basicEconomic', 'threePublic', 'governmentFund', 'stateCapital',
];

/** Short Chinese names of the nine tables, for lists where the full titles are too long. */
export const TABLE_KIND_LABEL: Record<StandardKind, string> = {
  summary: '收支总表',
  income: '收入表',
  expenditure: '支出表',
  fiscalSummary: '财政拨款收支总表',
  generalBudget: '一般公共预算支出表',
  basicEconomic: '基本支出表',
  threePublic: '“三公”经费表',
  governmentFund: '政府性基金表',
  stateCapital: '国有资本经营表',
};

// Order matters: several titles end with a shorter title ("…收入支出决算总表").
const TITLE_KINDS: [RegExp, StandardKind][] = [
  [/三公.{0,2}经费支出(预)?决算表$/, 'threePublic'],
  [/基本支出决算(明细)?表$/, 'basicEconomic'],
  [/政府性基金预算财政拨款(收入支出)?决算表$/, 'governmentFund'],
  [/国有资本经营预算财政拨款(收入)?支出决算表$/, 'stateCapital'],
  [/一般公共预算财政拨款支出决算表$/, 'generalBudget'],
  [/财政拨款收入支出决算总表$/, 'fiscalSummary'],
  [/收入支出决算总表$/, 'summary'],
  [/收入决算表$/, 'income'],
  [/支出决算表$/, 'expenditure'],
];

/** The table's kind as published, else read from its title. */
export function kindOf(table: Pick<Table, 'kind' | 'title'>): TableKindName {
  if (table.kind) return table.kind;
  const title = table.title.replace(/\s+/g, '').replace(/[(（]续表?[)）]$/, '');
  return TITLE_KINDS.find(([pattern]) => pattern.test(title))?.[1] ?? 'other';
}

export function isStandardKind(kind: TableKindName): kind is StandardKind {
  return kind !== 'other';
}

/** The first table of that kind (a report has at most one of each of the nine). */
export function tableOfKind<T extends Pick<Table, 'kind' | 'title'>>(tables: readonly T[] | undefined, kind: StandardKind): T | undefined {
  return (tables ?? []).find((t) => kindOf(t) === kind);
}

/** The kinds of the nine tables present, in report order. */
export function standardKindsPresent(tables: readonly Pick<Table, 'kind' | 'title'>[] | undefined): StandardKind[] {
  const present = new Set((tables ?? []).map(kindOf));
  return STANDARD_KINDS.filter((k) => present.has(k));
}
