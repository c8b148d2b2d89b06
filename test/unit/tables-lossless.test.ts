// Nothing lost: every amount printed in the table part of a report appears as a numeric
// cell of a 公开 table, counted independently of the parser (amount-looking tokens of the
// tab-separated lines between the first table title and the 第三部分 heading).
import { describe, expect, it } from 'vitest';
import { parseTables } from '../../scripts/ingest/tables/index.ts';
import { toLines } from '../../scripts/ingest/text.ts';
import { seed, seedText } from '../helpers/seeds.ts';

const AMOUNT_TOKEN = /^-?(\d{1,3}(,\d{3})+|\d+)\.\d+$/;

/** [seed, first line of the table part, last line before 第三部分, amounts expected] */
const REGIONS: [string, number, number, number][] = [
  ['000', 98, 427, 826],
  ['001', 83, 381, 719],
  ['004', 100, 473, 831],
];

function independentAmounts(text: string, first: number, last: number): number[] {
  return text.split('\n').slice(first - 1, last)
    .filter((line) => line.includes('\t'))
    .flatMap((line) => line.split('\t').map((c) => c.replace(/<\/?b>/g, '').trim()))
    .filter((cell) => AMOUNT_TOKEN.test(cell))
    .map((cell) => Number(cell.replace(/,/g, '')));
}

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);

describe.each(REGIONS)('seed %s', (prefix, first, last, expected) => {
  const file = seed(prefix);
  const text = seedText(file);
  const facts = parseTables({ file, lines: toLines(text) });
  const published = facts.tables.filter((t) => t.id.startsWith('公开'))
    .flatMap((t) => t.rows.flatMap((r) => r.cells.filter((c): c is number => typeof c === 'number')));

  it(`publishes all ${expected} printed amounts as numeric cells`, () => {
    const printed = independentAmounts(text, first, last);
    expect(printed).toHaveLength(expected);
    expect(published).toHaveLength(printed.length);
    expect(sorted(published)).toEqual(sorted(printed));
  });

  it('publishes every amount of the appendix tables too', () => {
    const appendix = independentAmounts(text, last + 1, text.split('\n').length);
    const cells = facts.tables.filter((t) => !t.id.startsWith('公开'))
      .flatMap((t) => t.rows.flatMap((r) => r.cells.filter((c): c is number => typeof c === 'number')));
    for (const value of appendix) expect(cells).toContain(value);
  });
});
