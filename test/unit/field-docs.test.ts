// One description per field: the zod schema's .describe() texts feed the /data/ dictionary,
// /data/schema.json and the field tables of docs/data-contract.md.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIELD_DOCS, splitDescription } from '../../src/lib/field-docs.ts';
import { departmentYearJsonSchema } from '../../src/lib/downloads.ts';
import { withFieldTables } from '../../scripts/contract-fields.ts';

describe('the field dictionary', () => {
  it('documents every field with a Chinese term and an English meaning', () => {
    const undocumented = FIELD_DOCS.filter((f) => (!/\p{Script=Han}/u.test(f.term) && !f.term.startsWith('SHA-256')) || f.doc.trim() === '');
    expect(undocumented.map((f) => f.path)).toEqual([]);
  });

  it('lists the paths of nested fields, arrays of objects and the shared source once', () => {
    const paths = FIELD_DOCS.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining([
      'summary.incomeTotal', 'expenditureByFunction[].code', 'tables[].rows[].cells', 'checks[].values[].label',
      'department.region', '*.source', '*.source.page',
    ]));
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths.filter((p) => p.endsWith('.source.file'))).toEqual(['*.source.file']);
    expect(FIELD_DOCS.find((f) => f.path === 'threePublic.actual')?.fieldsAt).toBe('threePublic.budget');
  });

  it('gives types and optionality from the schema', () => {
    const of = (path: string) => FIELD_DOCS.find((f) => f.path === path);
    expect(of('summary.incomeTotal')).toMatchObject({ term: '本年收入合计', type: 'number', optional: true });
    expect(of('year')).toMatchObject({ type: 'integer', optional: false });
    expect(of('checks[].status')?.type).toBe('"pass" | "rounding" | "repaired" | "fail"');
    expect(of('tables[].rows[].cells')?.type).toBe('(string | number | null)[]');
  });

  it.each([
    ['本年收入合计 — total income of the year, 万元', { term: '本年收入合计', doc: 'total income of the year, 万元' }],
    ['no term here', { term: '', doc: 'no term here' }],
    [undefined, { term: '', doc: '' }],
  ])('splits %j', (text, expected) => expect(splitDescription(text)).toEqual(expected));
});

describe('one source', () => {
  it('/data/schema.json carries the same descriptions', () => {
    const schema = departmentYearJsonSchema('https://example.org/') as { properties: Record<string, { description?: string; properties?: Record<string, { description?: string }> }> };
    const doc = (path: string) => FIELD_DOCS.find((f) => f.path === path)!;
    expect(schema.properties.summary.properties?.incomeTotal.description).toBe(`${doc('summary.incomeTotal').term} — ${doc('summary.incomeTotal').doc}`);
    expect(schema.properties.year.description).toBe(`${doc('year').term} — ${doc('year').doc}`);
  });

  it('docs/data-contract.md has the field tables the schema gives (else run npm run contract)', () => {
    const markdown = readFileSync('docs/data-contract.md', 'utf8');
    expect(withFieldTables(markdown, FIELD_DOCS), 'docs/data-contract.md is out of date: run npm run contract').toBe(markdown);
  });
});
