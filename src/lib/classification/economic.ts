// 支出经济分类科目 (部门预算支出经济分类): 类 (3 digits, 301–399) and 款 (5 digits).
// The catalogue in force since 2018, which the 公开06 基本支出决算(明细)表 of every
// report lists; used to name rows and to prove repairs of OCR-damaged codes and names.
// The data is content/classification/economic.json (see content/README.md).
import catalogue from '../../../content/classification/economic.json' with { type: 'json' };
import { economicClass } from './schema.ts';

export type EconomicLevel = '类' | '款';

export interface EconomicCode {
  code: string;
  name: string;
  level: EconomicLevel;
}

const CATALOGUE = economicClass.array().parse(catalogue);

/** Every 类 followed by its 款, in catalogue order. */
export const ECONOMIC_CODES: readonly EconomicCode[] = CATALOGUE.flatMap(({ code, name, items }) => [
  { code, name, level: '类' as const },
  ...items.map((item) => ({ code: item.code, name: item.name, level: '款' as const })),
]);

const BY_CODE = new Map(ECONOMIC_CODES.map((c) => [c.code, c]));

/** The catalogue name of a 类 or 款 code ("30101" → "基本工资"), or undefined when unknown. */
export function economicName(code: string): string | undefined {
  return BY_CODE.get(code)?.name;
}

export function economicCode(code: string): EconomicCode | undefined {
  return BY_CODE.get(code);
}

/** The 类 a code belongs to: its first three digits. */
export const economicClassOf = (code: string): string => code.slice(0, 3);

/** 工资福利支出 and 对个人和家庭的补助 make up 人员经费; the other classes are 公用经费. */
export const PERSONNEL_CLASSES: ReadonlySet<string> = new Set(CATALOGUE.filter((c) => c.group === 'personnel').map((c) => c.code));
