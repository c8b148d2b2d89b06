// Amounts are integers of 分 (fen) throughout the generator; these helpers turn them into
// the strings the reports print and into the 万元 numbers of the truth file. Only integer
// arithmetic, so every 合计 printed equals the sum of its printed parts.
import type { Unit } from './model/types.ts';

const FEN_PER_UNIT: Record<Unit, number> = { 万元: 1_000_000, 元: 100 };

/** 分 → hundredths of the report's unit (exact: 万元 reports only hold multiples of 10,000 分). */
export function toUnitCents(fen: number, unit: Unit): number {
  return Math.round(fen / (FEN_PER_UNIT[unit] / 100));
}

export interface AmountStyle {
  /** Thousands separators: "7,627.22" rather than "7627.22". */
  group: boolean;
  /** Drop trailing zeros: "8627.4", "12" (the style of the seeds' older prose). */
  trim: boolean;
}

export const TABLE_STYLE: AmountStyle = { group: true, trim: false };

/** Hundredths → "7,627.22" / "7627.22" / "8627.4". */
export function formatCents(cents: number, style: AmountStyle): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  let int = String(Math.floor(abs / 100));
  if (style.group) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  let frac = String(abs % 100).padStart(2, '0');
  if (style.trim) frac = frac.replace(/0+$/, '');
  return frac ? `${sign}${int}.${frac}` : `${sign}${int}`;
}

export function formatAmount(fen: number, unit: Unit, style: AmountStyle): string {
  return formatCents(toUnitCents(fen, unit), style);
}

/** 分 → 万元 as a JSON number, exactly as decimal.js would divide (no rounding). */
export function fenToWan(fen: number): number {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const frac = String(abs % 1_000_000).padStart(6, '0').replace(/0+$/, '');
  return Number(`${sign}${Math.floor(abs / 1_000_000)}${frac ? `.${frac}` : ''}`);
}

/**
 * part / whole in percent, rounded half up to `places` decimals, as a string ("7.1").
 * `trimWhole` prints exactly 100 and 0 without decimals, as the older reports do ("100%", "5.0%").
 */
export function formatShare(part: number, whole: number, places: number, trimWhole = false): string {
  if (whole <= 0) return '0';
  const scale = 10 ** (places + 2);
  const scaled = Math.floor((2 * part * scale + whole) / (2 * whole));
  const int = Math.floor(scaled / 10 ** places);
  const frac = String(scaled % 10 ** places).padStart(places, '0');
  if (places === 0 || (trimWhole && /^0*$/.test(frac) && (int === 100 || int === 0))) return String(int);
  return `${int}.${frac}`;
}
