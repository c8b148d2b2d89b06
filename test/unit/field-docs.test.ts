// One description per field: the zod schema's .describe() texts feed the /data/ dictionary's
// names and types, /data/schema.json and the field tables of docs/data-contract.md; the
// dictionary's Chinese explanations (src/lib/field-explanations.ts) cover exactly its fields.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIELD_DOCS, splitDescription, typeName } from '../../src/lib/field-docs.ts';
import { codeSpans, FIELD_EXPLANATIONS, withoutCode } from '../../src/lib/field-explanations.ts';
import { latinWords } from '../../src/lib/latin-words.ts';
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

describe('the field dictionary in Chinese', () => {
  it('explains every field of the schema and no other (a new field needs its explanation in src/lib/field-explanations.ts)', () => {
    const paths = FIELD_DOCS.map((f) => f.path);
    const explained = Object.keys(FIELD_EXPLANATIONS);
    expect(paths.filter((p) => !explained.includes(p)), 'fields without a Chinese explanation').toEqual([]);
    expect(explained.filter((p) => !paths.includes(p)), 'explanations of no field').toEqual([]);
    expect(explained).toEqual(paths);
  });

  it('explains in Chinese: no Latin word outside code, code marks closed', () => {
    const problems = Object.entries(FIELD_EXPLANATIONS).filter(([, text]) =>
      !/\p{Script=Han}/u.test(withoutCode(text)) || latinWords(withoutCode(text)).length > 0 || text.split('`').length % 2 === 0);
    expect(problems).toEqual([]);
  });

  it('says what the English says of units and values: 万元 where it gives 万元, every allowed value explained', () => {
    const problems: string[] = [];
    for (const f of FIELD_DOCS) {
      const text = FIELD_EXPLANATIONS[f.path];
      if (f.doc.includes('万元') && !text.includes('万元')) problems.push(`${f.path}: 万元`);
      const values = f.type.includes('"') && f.type.includes(' | ') ? f.type.split(' | ').map((v) => JSON.parse(v) as string) : [];
      const code = new Set(codeSpans(text).filter((s) => s.code).map((s) => s.text));
      for (const v of values) if (!(code.has(v) || (/\p{Script=Han}/u.test(v) && text.includes(v)))) problems.push(`${f.path}: ${v}`);
    }
    expect(problems).toEqual([]);
  });

  it.each([
    ['string', '文字'], ['integer', '整数'], ['number', '数值'], ['boolean', '是或否'], ['object', '对象'],
    ['object[]', '对象数组'], ['string[]', '文字数组'], ['(string | number | null)[]', '数组，每项为文字、数值或空值'],
    ['"万元"', '文字，固定为“万元”'], ['1', '整数，固定为 1'], ['"pass" | "fail"', '文字，取值见说明'], ['string | number', '文字或数值'],
  ])('names the type %s in Chinese', (label, name) => expect(typeName(label)).toBe(name));

  it('names every type of the dictionary in Chinese', () => {
    expect(FIELD_DOCS.map((f) => typeName(f.type)).filter((name) => latinWords(name).length > 0 || !/\p{Script=Han}/u.test(name))).toEqual([]);
  });

  it.each([
    ['一律为 `null`，不记为 0', [{ text: '一律为 ', code: false }, { text: 'null', code: true }, { text: '，不记为 0', code: false }]],
    ['`pass` 通过', [{ text: 'pass', code: true }, { text: ' 通过', code: false }]],
    ['没有代码', [{ text: '没有代码', code: false }]],
  ])('marks code in %j', (text, spans) => expect(codeSpans(text)).toEqual(spans));
});

describe('one source', () => {
  it('/data/schema.json carries the same descriptions', () => {
    const schema = departmentYearJsonSchema() as { properties: Record<string, { description?: string; properties?: Record<string, { description?: string }> }> };
    const doc = (path: string) => FIELD_DOCS.find((f) => f.path === path)!;
    expect(schema.properties.summary.properties?.incomeTotal.description).toBe(`${doc('summary.incomeTotal').term} — ${doc('summary.incomeTotal').doc}`);
    expect(schema.properties.year.description).toBe(`${doc('year').term} — ${doc('year').doc}`);
  });

  it('docs/data-contract.md has the field tables the schema gives (else run npm run contract)', () => {
    const markdown = readFileSync('docs/data-contract.md', 'utf8');
    expect(withFieldTables(markdown, FIELD_DOCS), 'docs/data-contract.md is out of date: run npm run contract').toBe(markdown);
  });
});
