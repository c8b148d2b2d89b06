// How the ingest words its checks and messages for readers: Chinese, in the reports' own
// vocabulary, amounts as the reports print them (7,627.22 万元). One place for the names of
// the figures, so a check, an ingest message and a repair call a figure the same thing.
import type Decimal from 'decimal.js';
import { formatWan } from '../../src/lib/money.ts';

/** "7,627.22 万元" */
export function wan(value: number | Decimal): string {
  return `${formatWan(value)} 万元`;
}

/** A figure of the field as the reports print it: "96 分" for the self-evaluation score, else 万元. */
export function figureText(field: string, value: number): string {
  return field === 'performance.score' ? `${value} 分` : wan(value);
}

/** "甲", "甲与乙", "甲、乙与丙". */
export function listed(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join('、')}与${names.at(-1)}`;
}

/** A word before text that may start with a code or a file name: "与 21505 科学技术普及", "与合计". */
export function prefixed(word: string, text: string): string {
  return /^[0-9A-Za-z]/.test(text) ? `${word} ${text}` : `${word}${text}`;
}

/** A subject as the reports write it: "科学技术支出（类）技术与开发（款）其他技术与开发支出（项）". */
export function subjectText(path: readonly string[]): string {
  return path.map((name, i) => (i < 3 ? `${name}（${'类款项'[i]}）` : name)).join('');
}

export { fieldLabel, SUMMARY_LABELS, THREE_PUBLIC_LABELS, threePublicLabel } from '../../src/lib/field-label.ts';
