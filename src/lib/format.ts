// Display formatting for pages; absent figures print as a dash, never as 0. A negative
// figure takes the minus sign (−), as the change columns do, never a hyphen.
import { formatPercent, formatWan } from './money.ts';

const minus = (text: string) => (text.startsWith('-') ? `−${text.slice(1)}` : text);

/** 7,627.22 — or — when the figure is not stated. */
export function wan(value: number | undefined | null): string {
  return value === undefined || value === null ? '—' : minus(formatWan(value));
}

/** 7.1% — or — when there is no share. */
export function pct(value: number | undefined | null, places = 1): string {
  return value === undefined || value === null ? '—' : minus(formatPercent(value, places));
}

/** "2024-09-30" → "2024年9月30日"; anything else as given. */
export function dateZh(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
}
