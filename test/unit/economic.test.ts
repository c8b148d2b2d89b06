// The 支出经济分类 reference: names every code the seeds' 06 tables print, by its catalogue name.
import { describe, expect, it } from 'vitest';
import { ECONOMIC_CODES, economicClassOf, economicCode, economicName, PERSONNEL_CLASSES } from '../../src/lib/classification/economic.ts';
import { seed, seedText } from '../helpers/seeds.ts';

/** Code/name pairs printed in a seed's 06 table (lines first..last), read with a plain regex. */
function printedPairs(prefix: string, first: number, last: number): [string, string][] {
  const lines = seedText(seed(prefix)).split('\n').slice(first - 1, last);
  return lines.flatMap((line) => [...line.matchAll(/(?:^|\t)(3\d{2}(?:\d{2})?)(?:\t| )([^\t]*[\u4e00-\u9fff][^\t]*)/g)].map((m) => [m[1], m[2].trim()] as [string, string]));
}

describe('economic classification', () => {
  it.each([
    ['301', '工资福利支出'], ['30101', '基本工资'], ['30108', '机关事业单位基本养老保险缴费'], ['30212', '因公出国（境）费用'],
    ['30213', '维修（护）费'], ['30231', '公务用车运行维护费'], ['30239', '其他交通费用'], ['30299', '其他商品和服务支出'],
    ['30303', '退职（役）费'], ['30311', '代缴社会保险费'], ['310', '资本性支出'], ['31013', '公务用车购置'],
    ['39907', '国家赔偿费用支出'], ['39909', '经常性赠与'], ['39910', '资本性赠与'], ['39999', '其他支出'],
  ])('%s is %s', (code, name) => expect(economicName(code)).toBe(name));

  it.each(['3', '300', '30100', '310101', '20101', ''])('%s is no code', (code) => expect(economicName(code)).toBeUndefined());

  it.each([['000', 355, 382], ['001', 305, 332], ['004', 385, 414]])('names every code of seed %s 06 table as printed', (prefix, first, last) => {
    const pairs = printedPairs(prefix, first, last);
    expect(pairs.length).toBeGreaterThan(75);
    // Seed 001 prints two damaged labels; the rest match the catalogue exactly.
    const damaged = pairs.filter(([code, name]) => economicName(code) !== name);
    expect(damaged).toEqual(prefix === '001' ? [['310', '101 资本性支出'], ['30303', '职工（役）费']] : []);
  });

  it('lists each 类 before its 款, every 款 under a listed 类, codes unique', () => {
    const codes = ECONOMIC_CODES.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    ECONOMIC_CODES.forEach((c, i) => {
      expect(c.level).toBe(c.code.length === 3 ? '类' : '款');
      if (c.level === '款') expect(codes.slice(0, i)).toContain(economicClassOf(c.code));
    });
    expect(economicCode('30201')).toEqual({ code: '30201', name: '办公费', level: '款' });
  });

  it('marks 301 and 303 as 人员经费', () => {
    expect([...PERSONNEL_CLASSES].sort()).toEqual(['301', '303']);
  });
});
