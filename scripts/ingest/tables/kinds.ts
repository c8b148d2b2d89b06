// The nine tables of a 部门决算 report, recognised by title (their 公开NN numbers vary
// between reports: 三公 is 07 in some and 09 in others).

export type KnownKind =
  | 'summary' | 'income' | 'expenditure' | 'fiscalSummary' | 'generalBudget'
  | 'basicEconomic' | 'threePublic' | 'governmentFund' | 'stateCapital';

/** `other` is any further table in the report (e.g. the 绩效自评表 in an appendix). */
export type TableKind = KnownKind | 'other';

// Order matters: several titles end with a shorter title ("…收入支出决算总表").
const TITLE_PATTERNS: [RegExp, KnownKind][] = [
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

const MAX_TITLE_LENGTH = 60;

/** Strip heading markup, list markers, ordinals and the 公开NN label from a candidate title line. */
export function cleanTitle(text: string): string {
  return text
    .replace(/<\/?b>|\*\*|`/g, '')
    .replace(/^\s*(#+|[-*•])\s*/, '')
    .replace(/公开\s*\d{1,2}\s*表/g, '')
    .replace(/[(（]?\s*(金额)?单位\s*[:：]\s*万?元\s*[)）]?/g, '')
    .replace(/[(（]\s*\d{4}\s*年度?\s*[)）]/g, '')
    .replace(/[(（]\s*续(表)?\s*[)）]\s*$/, '')
    .replace(/\s+/g, '')
    .replace(/^([一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d+[.、．])/, '');
}

/** The kind of table a line names, or undefined when the line is not a table title. */
export function titleKind(text: string): KnownKind | undefined {
  // Every title ends with 表; most lines of a report have none (this runs on every line).
  if (!text.includes('表')) return undefined;
  const title = cleanTitle(text);
  if (title.length === 0 || title.length > MAX_TITLE_LENGTH || /说明|情况|解释/.test(title)) return undefined;
  return TITLE_PATTERNS.find(([pattern]) => pattern.test(title))?.[1];
}

/** The function-classification tables, in the order the semantic layer prefers them. */
export const FUNCTION_KINDS: readonly KnownKind[] = ['expenditure', 'generalBudget', 'income'];
