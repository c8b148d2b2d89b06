// Seed 001's damage: each correction is published in `tables` and in the semantic
// fields, and each has a `repaired` check at its line naming table, old and new value, and proof.
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
    // id, line, the message: table, what was printed, what it became, and the proof
    ['repair.code', 150, '公开02 收入决算表：科目编码“201999”有 6 位，不是有效的类、款、项编码，已改为 20199。依据：它列在 201 一般公共服务支出之下；其下各行（2019999）的编码都以 20199 开头，金额之和等于它的金额 205.76 万元；公开03 支出决算表第 190 行列有 20199 其他一般公共服务支出，金额同为 205.76 万元。'],
    ['repair.economicCode', 308, '公开06 一般公共预算财政拨款基本支出决算表：“310 101 资本性支出”已改为“310 资本性支出”。依据：支出经济分类中 310 为“资本性支出”，而“310101”不是有效的类或款编码；同一栏组中的款（31001、31002、31003…）都属于 310。'],
    ['repair.economicName', 322, '公开06 一般公共预算财政拨款基本支出决算表：“30303 职工（役）费”已改为“30303 退职（役）费”。依据：支出经济分类中 30303 为“退职（役）费”；印出的名称与它有 2 个字不同，又不是分类中任何科目的名称，是识别错误。'],
    ['repair.rowAlignment', 332, '公开06 一般公共预算财政拨款基本支出决算表：“30299 其他商品和服务支出”印在所属栏组之外（第 3 栏），已移到第 2 个栏组（第 4–6 栏）。依据：302 类的其他各行都在这个栏组中，且 302 商品和服务支出 2,770.10 万元在尾数误差范围内等于其下各款（含本行）之和 2,770.07 万元。'],
    ['repair.header', 94, '公开01 收入支出决算总表：公布的表头错乱（“收项栏 | 目次 | 金额1 | 入支 | 出项栏 | 目次 | 金额2”），已按标准格式设为 6 栏：收入/项目、收入/行次、收入/金额、支出/项目、支出/行次、支出/金额。依据：31 行数据中有 31 行在第 2 栏和第 5 栏列有行次，与标准的 6 栏格式一致。'],
    ['repair.header', 218, '公开04 财政拨款收入支出决算总表：公布的表头错乱（“收入/项 | 收入/目 | 收入/行次 | 支出/金额 | 支出/项 | 支出/目 | 支出/行次 | 支出/合计 | 支出/一般公共预算财政拨款 | 支出/政府性基金预算财政拨款 | 支出/国有资本经营预算财政拨款”），已按标准格式设为 9 栏：收入/项目、收入/行次、收入/金额、支出/项目、支出/行次、支出/合计、支出/一般公共预算财政拨款、支出/政府性基金预算财政拨款、支出/国有资本经营预算财政拨款。依据：32 行数据中有 32 行在第 2 栏和第 5 栏列有行次，与标准的 9 栏格式一致。'],
    ['repair.header', 347, '公开07 一般公共预算财政拨款“三公”经费支出决算表：公布的表头错乱（“合计 | 因公出国（境）费 | 预算数/公务用车购置及运行费/小计 | 预算数/公务用车购置及运行费/公务用车购置费 | 预算数/公务用车购置及运行费/公务用车运行费 | 预算数/小计/6 | 公务接待费/小计 | 合计 | 决算数/公务用车购置及运行费/公务用车购置费 | 决算数/公务用车购置及运行费/公务用车运行费 | 决算数/公务用车购置及运行费 | 决算数/公务接待费 | 公务接待费”），已按标准格式设为 12 栏：预算数/合计、预算数/因公出国（境）费、预算数/公务用车购置及运行费/小计、预算数/公务用车购置及运行费/公务用车购置费、预算数/公务用车购置及运行费/公务用车运行费、预算数/公务接待费、决算数/合计、决算数/因公出国（境）费、决算数/公务用车购置及运行费/小计、决算数/公务用车购置及运行费/公务用车购置费、决算数/公务用车购置及运行费/公务用车运行费、决算数/公务接待费。依据：栏次行共编有 12 栏，数据行恰好有 12 个金额，按标准顺序读取。'],
  ] as const)('%s at line %i says what and why', (id, line, message) => {
    const check = facts.checks.find((c) => c.id === id && c.source?.line === line);
    expect(check?.status).toBe('repaired');
    expect(check?.kind).toBe('repair');
    expect(check?.source?.file).toBe(file);
    expect(check?.message).toBe(message);
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
