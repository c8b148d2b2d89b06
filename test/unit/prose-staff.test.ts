// Staff numbers (编制人数, 实有人数, 离退休人员): the sentences the reports write, table-driven,
// then every seed and the real report, with golden values read from the reports by hand.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../scripts/ingest/parse-report.ts';
import { readStaff } from '../../scripts/ingest/prose/staff.ts';
import { toLines } from '../../scripts/ingest/text.ts';
import type { Table } from '../../src/lib/schema.ts';
import { seed, seedBytes } from '../helpers/seeds.ts';

const file = 'x.txt';
const read = (text: string, tables: Table[] = []) => readStaff(toLines(text), file, tables);

describe('staff numbers in a sentence', () => {
  it.each([
    ['2020年年末市工信局共有人员编制107人，年末实有在职85人，提前离岗5人，离休2人，退休72人。', { authorized: 107, actual: 85, retired: 74 }],
    ['本部门共有编制人数 111 人，实有人数 99 人。内设科室 25 个。', { authorized: 111, actual: 99 }],
    ['共设8个科室，共有123人，其中在职在编人员40人，退休人员77人，临聘人员6人。', { actual: 40, retired: 77 }],
    ['核定编制40名，其中行政编制30名、事业编制10名；实有人员52人，其中在职人员38人、离退休人员14人。', { authorized: 40, actual: 38, retired: 14 }],
    ['单位编制数为1,200人，实有人数为1,180人。', { authorized: 1200, actual: 1180 }],
    ['局机关实有在职职工25名，离退休干部12名。', { actual: 25, retired: 12 }],
  ])('%s', (text, expected) => {
    const { staff, messages } = read(`（二）机构设置和人员情况\n\n${text}\n`);
    expect(staff).toEqual({ ...expected, source: { file, line: 3 } });
    expect(messages).toEqual([]);
  });

  it.each([
    ['parts of the authorisation only', '行政编制30名、事业编制10名。'],
    ['a change, not a count', '决算数小于年初预算数的主要原因是：在职转退休3人，养老保险缴费支出相应减少。'],
    ['no count', '组织编制并监督实施国土空间规划和相关专项规划。'],
    ['visitors, not staff', '全年共接待来访团组22个、来宾264人次。'],
  ])('reads nothing from %s', (_why, text) => {
    expect(read(`${text}\n`)).toEqual({ messages: [] });
  });

  it('names the line of the first figure when the sentence runs over lines', () => {
    expect(read('概况\n\n本单位共有人员编制\n\n20人，实有在职18人。\n').staff).toEqual({ authorized: 20, actual: 18, source: { file, line: 3 } });
  });

  it('reads no table row as prose', () => {
    const lines = toLines('编制数\t实有人数\n34\t40\n');
    expect(readStaff(lines, file).staff).toBeUndefined();
  });
});

describe('staff numbers in a self-evaluation table', () => {
  const table = (rows: (string | number | null)[][]): Table => ({
    id: '附件1', title: '部门整体支出绩效自评基础数据表', columns: [],
    rows: rows.map((cells, i) => ({ cells, source: { file, line: 172 + i } })),
  });
  const basicData = table([['财政供养人员情况', '编制数', '2021 年实际 在职人数', '控制率'], [null, 34, 40, '108.33%']]);

  it('reads 编制数 and 实际在职人数 from the row under the header', () => {
    expect(read('', [basicData]).staff).toEqual({ authorized: 34, actual: 40, source: { file, line: 173 } });
  });

  it('takes the statement that gives more: the table over a sentence with 实有 alone', () => {
    expect(read('其中在职在编人员40人，退休人员77人。\n', [basicData]).staff).toEqual({ authorized: 34, actual: 40, source: { file, line: 173 } });
  });

  it('keeps the sentence when it gives as much, and warns when the two disagree', () => {
    const { staff, messages } = read('共有人员编制36人，实有在职41人。\n', [basicData]);
    expect(staff).toEqual({ authorized: 36, actual: 41, source: { file, line: 1 } });
    expect(messages.map((m) => [m.code, m.line, m.message])).toEqual([['prose.staffDisagree', 173, '实有人数：文字写41人（第1行），表格写40人']]);
  });
});

describe('staff numbers of the seeds and the real report (read from the reports by hand)', () => {
  const staffOf = (path: string, bytes: Uint8Array) => {
    const outcome = parseReport(path, bytes);
    if (!outcome.ok) throw new Error(`${path} did not parse`);
    return outcome.document.prose.staff;
  };
  it.each([
    // 000 line 670: "2020年年末市工信局共有人员编制107人，年末实有在职85人，提前离岗5人，离休2人，退休72人。"
    ['000', { authorized: 107, actual: 85, retired: 74, line: 670 }],
    // 001 line 584: "本部门共有编制人数 111 人，实有人数 99 人。"
    ['001', { authorized: 111, actual: 99, line: 584 }],
    // 002 lines 172-173: 财政供养人员情况 | 编制数 34 | 2021 年实际在职人数 40 (line 42 gives 在职在编人员40人 too)
    ['002', { authorized: 34, actual: 40, line: 173 }],
    ['003', undefined],
    ['004', undefined],
  ])('seed %s', (prefix, expected) => {
    const path = seed(prefix);
    const staff = staffOf(path, seedBytes(path));
    if (!expected) return expect(staff).toBeUndefined();
    const { line, ...figures } = expected;
    expect(staff).toEqual({ ...figures, source: { file: path, line } });
  });

  it.skipIf(!existsSync('../shared/real/putuo_guihua_2024.txt'))('the real report states none', () => {
    const path = '../shared/real/putuo_guihua_2024.txt';
    expect(staffOf(path, readFileSync(path))).toBeUndefined();
  });
});
