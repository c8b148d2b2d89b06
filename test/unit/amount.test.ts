import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../scripts/ingest/amount.ts';
import { foldWidth, toLines } from '../../scripts/ingest/text.ts';

describe('parseAmount', () => {
  it.each([
    ['7,627.22', 7627.22],
    ['0.00', 0],
    ['381.5', 381.5],
    ['1 505.01', 1505.01],
    ['<b>2,175.87</b>', 2175.87],
    ['-3.20', -3.2],
    [' 12 ', 12],
  ])('%s → %d', (raw, expected) => expect(parseAmount(raw)).toBe(expected));

  it.each(['', '科学技术支出', '2,0', '1.2.3', '201 一般公共服务支出', '12%'])('%s is not an amount', (raw) =>
    expect(parseAmount(raw)).toBeNull());
});

describe('text folding', () => {
  it('folds full-width digits and number punctuation but keeps brackets', () => {
    expect(foldWidth('因公出国（境）费１，５０５．０１万元，占１９．２％')).toBe('因公出国（境）费1,505.01万元，占19.2%');
  });
  it('numbers lines from 1 across LF, CRLF and CR', () => {
    expect(toLines('a\r\nb\nc\rd')).toEqual([
      { no: 1, text: 'a' }, { no: 2, text: 'b' }, { no: 3, text: 'c' }, { no: 4, text: 'd' },
    ]);
  });
});
