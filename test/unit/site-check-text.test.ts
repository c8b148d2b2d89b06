// Checks and ingest messages as readers read them: Chinese, never an id or an English sentence.
import { describe, expect, it } from 'vitest';
import type { Check } from '../../src/lib/schema.ts';
import { checkFigures, checkSentence, checkTitle, checkTooltip } from '../../src/lib/check-text.ts';
import { ingestMessageText } from '../../src/lib/ingest-message-text.ts';
import { latinWords, readsAsChinese } from '../../src/lib/latin-words.ts';

describe('latinWords', () => {
  it.each([
    ['a Chinese sentence with amounts and codes', '2150501 行政运行 1,826.22 万元（第 236 行）', []],
    ['formats readers know', '下载 JSON、CSV 或 PDF；SHA-256 摘要', []],
    ['file names and addresses', '来源：seeds/000_b2f907220b214ab4.txt，原文 https://example.gov.cn/a/b.html', []],
    ['an id and an English sentence', 'function.classSum: rows give 7,627.21', ['function', 'classSum', 'rows', 'give']],
  ])('%s', (_, text, expected) => {
    expect(latinWords(text)).toEqual(expected);
  });

  it('allows words the reports themselves print', () => {
    expect(latinWords('株洲市"><svgonload=alert（1）>测试局', new Set(['svgonload', 'alert']))).toEqual([]);
  });
});

const english: Check = {
  id: 'economic.basicSplit', status: 'rounding', kind: 'sum', field: 'basicByEconomic.personnelTotal',
  message: '公开06 人员经费合计 + 公用经费合计 give 3,037.10, 一般公共预算财政拨款基本支出 is 3,037.09 (difference 0.01, within rounding)',
  values: [{ label: '一般公共预算财政拨款基本支出', value: 3037.09 }, { label: '公开06 人员经费合计 + 公用经费合计', value: 3037.1 }],
  difference: 0.01,
};

describe('checkSentence', () => {
  it('keeps the ingest\'s sentence when it is Chinese', () => {
    const chinese = { ...english, message: '人员经费合计与公用经费合计之和 3,037.10 万元，与基本支出 3,037.09 万元相差 0.01 万元（尾数误差）' };
    expect(checkSentence(chinese)).toBe(chinese.message);
  });

  it('words an English message from its figures', () => {
    expect(checkSentence(english)).toBe('公开06 人员经费合计 + 公用经费合计 3,037.10 万元，与一般公共预算财政拨款基本支出 3,037.09 万元相差 0.01 万元（尾数误差）');
  });

  it('gives English labels way to their role', () => {
    const check: Check = { ...english, values: [{ label: 'its total column', value: 258.68 }, { label: 'the split columns', value: 258.69 }] };
    expect(checkFigures(check).map((f) => f.label)).toEqual(['所列合计', '各分项之和']);
    expect(checkSentence(check)).toBe('各分项之和 258.69 万元，与所列合计 258.68 万元相差 0.01 万元（尾数误差）');
  });

  it('reads (tables) and (prose) as 决算表 and 情况说明', () => {
    const check: Check = {
      id: 'narrative.summary.incomeTotal', status: 'pass', kind: 'same', message: '本年收入合计: tables 7,630.15, prose 7,630.15 (agree)',
      values: [{ label: '本年收入合计（tables）', value: 7630.15 }, { label: '本年收入合计（prose）', value: 7630.15 }], difference: 0,
    };
    expect(checkSentence(check)).toBe('本年收入合计（情况说明） 7,630.15 万元，与本年收入合计（决算表） 7,630.15 万元两者相符');
  });

  it('says what was checked when there are no figures', () => {
    const check: Check = { id: 'income.rowSplit', status: 'pass', message: '公开02 收入决算表: on every row the total equals the sum of its columns' };
    expect(checkSentence(check)).toBe('收入决算表：每行合计等于各栏之和：相符');
    const repair: Check = { id: 'repair.budgetPath', status: 'repaired', message: '预算执行 item "科学技术支出 / 技术与开发 / 其他科学技术支出": 其他科学技术支出 is not under 技术与开发' };
    expect(readsAsChinese(checkSentence(repair))).toBe(true);
  });
});

describe('checkTitle', () => {
  it.each([
    ['expenditure.itemSum', '支出决算表：各项之和等于所属款'],
    ['generalBudget.rowSplit', '一般公共预算财政拨款支出决算表：每行合计等于各栏之和'],
    ['threePublic.actual.vehicle', '“三公”经费决算数：公务用车购置费与运行费之和等于公务用车购置及运行费'],
    ['narrative.threePublic.budget.reception', '情况说明与决算表的“三公”经费预算数（公务接待费）一致'],
    ['narrative.summary.grandTotal', '情况说明与决算表的收支总计一致'],
    ['income.hierarchy', '收入决算表：类、款、项层级完整'],
    ['repair.header', '读取更正：表头'],
    ['something.new', '算术与一致性核验'],
  ])('%s', (id, title) => {
    expect(checkTitle({ id })).toBe(title);
  });
});

describe('checkTooltip', () => {
  it('is Chinese', () => {
    expect(readsAsChinese(checkTooltip([english]))).toBe(true);
  });
});

describe('ingestMessageText', () => {
  it.each([
    ['a Chinese message as written', { code: 'table-unreadable', message: '公开04 财政拨款收入支出决算总表：有标题，但标题下读不出表格行' }, '公开04 财政拨款收入支出决算总表：有标题，但标题下读不出表格行'],
    ['an English message by its code', { code: 'table-none', message: 'no 部门决算 table (公开01–09) found in the report' }, '报告中没有部门决算表'],
    ['a failed check by its title', { code: 'check-failed', message: 'budgetExecution.budgetSum: the 13 items\' 年初预算 give 4,896.22, 年初预算数 is 4,900.84 (difference 4.62)' }, '核验未通过（预算执行：各项年初预算之和等于总数）'],
    ['a failed check with its Chinese sentence', { code: 'check-failed', message: 'budgetExecution.budgetSum: 各项年初预算之和 4,896.22 万元，与年初预算数 4,900.84 万元相差 4.62 万元' }, '核验未通过（预算执行：各项年初预算之和等于总数）：各项年初预算之和 4,896.22 万元，与年初预算数 4,900.84 万元相差 4.62 万元'],
    ['an unknown code', { code: 'something-new', message: 'an English sentence' }, '读取这份报告时发现问题'],
  ])('%s', (_, message, expected) => {
    expect(ingestMessageText(message)).toBe(expected);
  });
});
