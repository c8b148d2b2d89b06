// A line's words joined into phrases: which words are one cell's, which two cells'.
import { describe, expect, it } from 'vitest';
import type { PdfWord } from '../../scripts/ingest/pdf/load.ts';
import { phrasesOf } from '../../scripts/ingest/pdf/phrases.ts';

/** Words of size 10 on one line, each [text, x0, x1]. */
const line = (...words: [string, number, number][]): PdfWord[] =>
  words.map(([text, x0, x1]) => ({ text, x0, x1, top: 100, bottom: 110, baseline: 108.8, size: 10 }));

const texts = (words: PdfWord[], inTable = true) => phrasesOf(words, inTable).map((p) => p.text);

describe('phrases of a line', () => {
  it('a header line: two runs of touching characters, 14 points apart, are two labels (小计 | 车购置)', () => {
    // A producer that splits a label at each change of font (⼩ and ⻋ are radicals) leaves single
    // characters at the gap: the runs they belong to decide.
    expect(texts(line(['⼩', 150.3, 160.3], ['计', 160.3, 170.3], ['⻋', 184.6, 194.6], ['购置', 194.6, 214.6]))).toEqual(['⼩计', '⻋购置']);
  });

  it('a label spread one character at a time stays one phrase', () => {
    expect(texts(line(['因', 100, 110], ['公', 122, 132], ['出', 144, 154], ['国', 166, 176]))).toEqual(['因公出国']);
  });

  it('a row\'s name holding a space stays one phrase', () => {
    expect(texts(line(['2080505', 40, 75], ['基本养老保险', 100, 160], ['缴费支出', 165, 205], ['110.74', 260, 290]))).toEqual(['2080505', '基本养老保险缴费支出', '110.74']);
  });

  it('outside a table a number stays in its sentence', () => {
    expect(texts(line(['支出', 100, 120], ['3.5', 122, 137], ['万元', 139, 159]), false)).toHaveLength(1);
    expect(texts(line(['支出', 100, 120], ['3.5', 122, 137], ['万元', 139, 159]))).toHaveLength(3);
  });
});
