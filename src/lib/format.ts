// Display formatting for pages; absent figures print as a dash, never as 0.
import { formatPercent, formatWan } from './money.ts';

/** 7,627.22 — or — when the figure is not stated. */
export function wan(value: number | undefined | null): string {
  return value === undefined || value === null ? '—' : formatWan(value);
}

/** 7.1% — or — when there is no share. */
export function pct(value: number | undefined | null, places = 1): string {
  return value === undefined || value === null ? '—' : formatPercent(value, places);
}
