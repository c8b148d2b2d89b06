// The data files' layout: one row per line, the same value as JSON.stringify.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonRows } from '../../src/lib/json-rows.ts';

const goldens = readdirSync('test/golden').filter((f) => f.endsWith('.json') && !f.endsWith('-changed.json'))
  .map((file) => ({ file, entry: JSON.parse(readFileSync(`test/golden/${file}`, 'utf8')) }));

describe('jsonRows', () => {
  it('puts each row of an array of objects on its own line, and everything else compact', () => {
    const value = { year: 2024, department: { name: '财政局', region: ['安阳市'] }, income: [{ name: '财政拨款收入', amount: 803.07 }, { name: '其他收入', amount: 0 }], empty: [], codes: ['201', '208'] };
    expect(jsonRows(value)).toBe([
      '{',
      '  "year": 2024,',
      '  "department": {"name":"财政局","region":["安阳市"]},',
      '  "income": [',
      '    {"name":"财政拨款收入","amount":803.07},',
      '    {"name":"其他收入","amount":0}',
      '  ],',
      '  "empty": [],',
      '  "codes": ["201","208"]',
      '}',
      '',
    ].join('\n'));
  });

  it('opens every level that holds rows, however deep (a department: its years, then their tables)', () => {
    const lines = jsonRows({ schemaVersion: 1, years: [{ year: 2023, rows: [{ a: 1 }] }] }).split('\n');
    expect(lines).toEqual(['{', '  "schemaVersion": 1,', '  "years": [', '    {', '      "year": 2023,', '      "rows": [', '        {"a":1}', '      ]', '    }', '  ]', '}', '']);
  });

  it('gives the value JSON.stringify gives: undefined, function and symbol members left out, in an array null', () => {
    const value = { a: undefined, f: () => 1, s: Symbol('s'), rows: [{ b: undefined, c: 1 }, undefined, null, [{ d: 2 }]], e: 'x' };
    expect(JSON.parse(jsonRows(value))).toEqual(JSON.parse(JSON.stringify(value)));
    expect(Object.keys(JSON.parse(jsonRows(value)))).toEqual(['rows', 'e']);
    expect(jsonRows(null)).toBe('null\n');
    expect(jsonRows('年度')).toBe('"年度"\n');
  });

  it.each(goldens.filter((g) => g.entry.expenditureByFunction))('writes the seed department-year $file as the same value, one line per table row', ({ entry }) => {
    const text = jsonRows(entry);
    expect(JSON.parse(text)).toEqual(entry);
    const lines = text.split('\n');
    const rows = entry.expenditureByFunction as unknown[];
    expect(rows.length).toBeGreaterThan(20);
    rows.forEach((row, i) => expect(lines).toContain(`    ${JSON.stringify(row)}${i < rows.length - 1 ? ',' : ''}`));
    expect(text.length).toBeLessThan(JSON.stringify(entry, null, 2).length);
    expect(text.length).toBeLessThan(JSON.stringify(entry).length * 1.2);
  });
});
