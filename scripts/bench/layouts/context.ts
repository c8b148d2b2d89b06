// What a layout needs to write one report: the department, the figures, a random stream
// for presentation choices (never for figures), and the report's variants.
import { regionWord } from '../catalogue/regions.ts';
import { toFullWidthDigits } from '../full-width.ts';
import { formatAmount, formatShare, TABLE_STYLE, type AmountStyle } from '../money-format.ts';
import type { Department } from '../model/department.ts';
import type { DepartmentYearFigures, Unit } from '../model/types.ts';
import type { Random } from '../random.ts';

export interface ReportContext {
  department: Department;
  year: number;
  figures: DepartmentYearFigures;
  unit: Unit;
  rng: Random;
  /** Print the digits of the prose in full width. */
  fullWidth: boolean;
  /** Budget-execution paths as this report writes them, when not the standard names. */
  writtenPaths: Map<string, string[]>;
}

export const PLAIN: AmountStyle = { group: false, trim: true };
export const GROUPED: AmountStyle = { group: true, trim: false };

/** A table cell: "7,627.22". */
export function cell(ctx: ReportContext, fen: number): string {
  return formatAmount(fen, ctx.unit, TABLE_STYLE);
}

/** An amount in prose with its unit: "8627.4万元", "2,175.87万元", "762,722.13元". */
export function money(ctx: ReportContext, fen: number, style: AmountStyle): string {
  return formatAmount(fen, ctx.unit, style) + ctx.unit;
}

/** A prose line: digits turned full width when the report does that. */
export function prose(ctx: ReportContext, text: string): string {
  return ctx.fullWidth ? toFullWidthDigits(text) : text;
}

export function percent(part: number, whole: number, places: 1 | 2): string {
  return `${formatShare(part, whole, places, places === 1)}%`;
}

/** 全市 / 全区 / 全县 and 市 / 区 / 县. */
export function localWords(ctx: ReportContext): { all: string; gov: string } {
  const gov = regionWord(ctx.department.region);
  return { all: `全${gov}`, gov };
}

/** "增加3953.63万元，增长84.6%" / "减少1,746.16万元，下降44.52%". */
export function change(ctx: ReportContext, current: number, previous: number, style: AmountStyle, places: 1 | 2, fall = '减少'): string {
  const diff = current - previous;
  if (diff === 0) return '持平';
  const amount = money(ctx, Math.abs(diff), style);
  if (previous === 0) return `${diff > 0 ? '增加' : '减少'}${amount}`;
  return diff > 0 ? `增加${amount}，增长${percent(diff, previous, places)}` : `减少${amount}，${fall}${percent(-diff, previous, places)}`;
}

/** Like money(), but a zero reads "0万元" as seeds/004 writes an absent budget. */
export function moneyOrZero(ctx: ReportContext, fen: number, style: AmountStyle): string {
  return fen === 0 ? `0${ctx.unit}` : money(ctx, fen, style);
}

/** 人员经费 or 公用经费 lines actually used, for "主要包括…" lists. */
export function usedNames(rows: readonly { level: string; amount: number; name: string }[]): string {
  return rows.filter((r) => r.level === '款' && r.amount > 0).map((r) => r.name).join('、');
}
