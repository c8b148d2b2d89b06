import { describe, expect, it } from 'vitest';
import { parseGlossary } from '../../scripts/ingest/prose/glossary.ts';
import { toLines } from '../../scripts/ingest/text.ts';
import { seed, seedText } from '../helpers/seeds.ts';

const glossaryOf = (prefix: string) => {
  const file = seed(prefix);
  return { file, entries: parseGlossary({ file, lines: toLines(seedText(file)) }) };
};

describe('parseGlossary (第四部分 名词解释)', () => {
  it('reads the eight terms of seed 000, skipping the table of contents', () => {
    const { file, entries } = glossaryOf('000');
    expect(entries.map((e) => e.term)).toEqual([
      '财政拨款收入', '事业收入', '经营收入', '其他收入', '使用非财政拨款结余', '年初结转和结余', '“三公经费”支出', '机关运行经费',
    ]);
    expect(entries[0]).toEqual({ term: '财政拨款收入', definition: '指单位从同级财政部门取得的财政预算资金。', source: { file, line: 598 } });
    // an entry without a full stop does not swallow the next one
    expect(entries[4].definition).toBe('指事业单位使用以前年度积累的非财政拨款结余弥补当年收支差额的金额');
  });

  it('reads 34 terms of seed 004, joining entries wrapped over page breaks', () => {
    const { file, entries } = glossaryOf('004');
    expect(entries).toHaveLength(34);
    expect(entries[33]).toEqual({
      term: '住房保障支出（类）住房改革支出（款）住房公积金（项）',
      definition: '反映行政事业单位按人力资源和社会保障部、财政部规定的基本工资和津贴补贴以及规定比例为职工缴纳的住房公积金。',
      source: { file, line: 692 },
    });
    expect(entries[18].definition).toMatch(/^反映各级政府举行各类重大活动/);
  });

  it('reads seed 003, whose entries have no blank lines between them', () => {
    expect(glossaryOf('003').entries).toHaveLength(8);
  });

  it('returns nothing for a report without 第四部分', () => {
    expect(parseGlossary({ file: 'x.txt', lines: toLines('第三部分\n正文。') })).toEqual([]);
  });
});
