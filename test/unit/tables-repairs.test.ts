// Seed 001's damage: each correction is published in `tables` and in the semantic
// fields, and each has a `repaired` check naming table, line, old and new value, proof.
import { describe, expect, it } from 'vitest';
import { parseTables } from '../../scripts/ingest/tables/index.ts';
import { toLines } from '../../scripts/ingest/text.ts';
import { seed, seedText } from '../helpers/seeds.ts';

const file = seed('001');
const facts = parseTables({ file, lines: toLines(seedText(file)) });
const table = (id: string) => facts.tables.find((t) => t.id === id)!;
const row = (id: string, line: number) => table(id).rows.find((r) => r.source.line === line)!.cells;

describe('seed 001 repairs', () => {
  it.each([
    // id, line, words the message must contain (table, old value, new value, proof)
    ['repair.code', 150, ['公开02', '"201999"', '20199', '2019999', '公开03', '205.76']],
    ['repair.economicCode', 308, ['公开06', '"310 101 资本性支出"', '"310 资本性支出"', 'economic classification', '31001']],
    ['repair.economicName', 322, ['公开06', '职工（役）费', '退职（役）费', 'economic classification']],
    ['repair.rowAlignment', 332, ['公开06', '30299 其他商品和服务支出', 'column group 2', '类 302', '2,770.10']],
    ['repair.header', 94, ['公开01', '收项栏', '收入/行次', '行次']],
    ['repair.header', 218, ['公开04', '支出/一般公共预算财政拨款', '行次']],
    ['repair.header', 347, ['公开07', '预算数/因公出国（境）费', 'twelve amounts']],
  ] as const)('%s at line %i says what and why', (id, line, words) => {
    const check = facts.checks.find((c) => c.id === id && c.source?.line === line);
    expect(check?.status).toBe('repaired');
    expect(check?.source?.file).toBe(file);
    for (const word of words) expect(check?.message).toContain(word);
  });

  it('points each check at the figure it corrected', () => {
    expect(facts.checks.map((c) => c.field)).toEqual([
      'tables.公开01.columns', 'tables.公开04.columns', 'tables.公开07.columns', 'tables.公开02',
      'basicByEconomic.30299', 'basicByEconomic.310', 'basicByEconomic.30303',
    ]);
  });

  it('makes no other repair', () => {
    expect(facts.checks).toHaveLength(7);
  });

  it('publishes 20199 in the 收入决算表', () => {
    expect(row('公开02', 150)).toEqual(['20199 其他一般公共服务支出', 205.76, 205.76, 0, 0, 0, 0, 0]);
  });

  it('publishes the 06 table corrected', () => {
    expect(row('公开06', 308)[6]).toBe('310 资本性支出');
    expect(row('公开06', 322)[0]).toBe('30303 退职（役）费');
    expect(row('公开06', 332)).toEqual([null, null, null, '30299 其他商品和服务支出', null, 317.7, null, null, null]);
  });

  it('publishes the corrections in basicByEconomic', () => {
    const rows = facts.basicByEconomic!.rows;
    expect(rows.find((r) => r.code === '310')).toMatchObject({ name: '资本性支出', level: '类', amount: 112.96 });
    expect(rows.find((r) => r.code === '30303')).toMatchObject({ name: '退职（役）费', amount: 0 });
    expect(rows.find((r) => r.code === '30299')).toMatchObject({ name: '其他商品和服务支出', amount: 317.7, source: { line: 332 } });
    expect(rows.some((r) => !/^\d{3}(\d{2})?$/.test(r.code))).toBe(false);
  });

  it('maps the scrambled 三公 header to the canonical twelve columns', () => {
    expect(table('公开07').columns).toEqual([
      '预算数/合计', '预算数/因公出国（境）费', '预算数/公务用车购置及运行费/小计', '预算数/公务用车购置及运行费/公务用车购置费',
      '预算数/公务用车购置及运行费/公务用车运行费', '预算数/公务接待费',
      '决算数/合计', '决算数/因公出国（境）费', '决算数/公务用车购置及运行费/小计', '决算数/公务用车购置及运行费/公务用车购置费',
      '决算数/公务用车购置及运行费/公务用车运行费', '决算数/公务接待费',
    ]);
  });

  it('reports the 04 rows that carry more cells than the header names, and keeps them', () => {
    const message = facts.messages.find((m) => m.code === 'table-cell-count');
    expect(message).toMatchObject({ file, line: 221, severity: 'warning' });
    expect(row('公开04', 221)).toHaveLength(11);
  });
});
