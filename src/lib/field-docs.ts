// The field dictionary of the published JSON, read off the zod contract (src/lib/schema.ts):
// every field's .describe() text, "中文名称 — English meaning". docs/data-contract.md's field
// tables are generated from it (scripts/data-contract.ts), so the schema is the one place a
// field is documented. The /data/ page shows its paths, names and types (typeName, in Chinese)
// with the Chinese explanation of each path (src/lib/field-explanations.ts, kept to these paths
// by a test).
import { z } from 'astro/zod';
import { departmentYear, sourceRef } from './schema.ts';

export interface FieldDoc {
  /** Dotted path; `[]` marks an array of objects, `*.source` any field named source. */
  path: string;
  /** The Chinese term (before " — " in the description). */
  term: string;
  /** The English meaning (after " — "). */
  doc: string;
  /** "string", "integer", "number", "boolean", "object", "object[]", a literal or "a | b". */
  type: string;
  optional: boolean;
  /** For an object documented elsewhere: the path whose rows give its fields. */
  fieldsAt?: string;
}

/** Objects used in many places, documented once under a wildcard path instead of at each use. */
export interface CommonObject {
  path: string;
  schema: z.ZodObject;
}

/** "名称 — meaning" → its two parts; a description without " — " is all meaning. */
export function splitDescription(description: string | undefined): { term: string; doc: string } {
  const text = description ?? '';
  const at = text.indexOf(' — ');
  return at < 0 ? { term: '', doc: text } : { term: text.slice(0, at), doc: text.slice(at + 3) };
}

/** The schema inside optional, nullable and default wrappers, and whether it may be absent. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; optional: boolean } {
  let inner = schema;
  let optional = false;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable || inner instanceof z.ZodDefault) {
    optional ||= !(inner instanceof z.ZodNullable);
    inner = inner.unwrap() as z.ZodType;
  }
  return { inner, optional };
}

export function typeLabel(schema: z.ZodType): string {
  const { inner } = unwrap(schema);
  if (inner instanceof z.ZodString) return 'string';
  if (inner instanceof z.ZodNumber) return inner.format?.includes('int') ? 'integer' : 'number';
  if (inner instanceof z.ZodBoolean) return 'boolean';
  if (inner instanceof z.ZodNull) return 'null';
  if (inner instanceof z.ZodLiteral) return [...inner.values].map((v) => JSON.stringify(v)).join(' | ');
  if (inner instanceof z.ZodEnum) return inner.options.map((v) => JSON.stringify(v)).join(' | ');
  if (inner instanceof z.ZodUnion) return (inner.options as z.ZodType[]).map(typeLabel).join(' | ');
  if (inner instanceof z.ZodArray) {
    const element = typeLabel(inner.element as z.ZodType);
    return element.includes(' | ') ? `(${element})[]` : `${element}[]`;
  }
  if (inner instanceof z.ZodObject) return 'object';
  return 'unknown';
}

const TYPE_NAME: Record<string, string> = { string: '文字', integer: '整数', number: '数值', boolean: '是或否', null: '空值', object: '对象' };

/** 甲、乙或丙 */
const orList = (items: readonly string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join('、')}或${items.at(-1)}`);

/** A literal of a type label ("万元", 1), or undefined for a type name. */
function literalOf(label: string): string | number | undefined {
  if (!/^(".*"|-?\d+(\.\d+)?)$/.test(label)) return undefined;
  return JSON.parse(label) as string | number;
}

/**
 * A type label (typeLabel) in words a reader of Chinese reads: 文字, 整数, 对象数组,
 * 文字，固定为“万元”. The values of a list of allowed values are explained with the field.
 */
export function typeName(label: string): string {
  const array = /^\(?(.*?)\)?\[\]$/.exec(label);
  if (array) {
    const element = array[1].split(' | ');
    return element.length === 1 ? `${typeName(element[0])}数组` : `数组，每项为${orList(element.map(typeName))}`;
  }
  const parts = label.split(' | ');
  const literals = parts.map(literalOf);
  if (literals.every((v) => v !== undefined)) {
    const kind = literals.every((v) => typeof v === 'string') ? '文字' : literals.every((v) => Number.isInteger(v)) ? '整数' : '数值';
    if (literals.length > 1) return `${kind}，取值见说明`;
    return typeof literals[0] === 'string' ? `${kind}，固定为“${literals[0]}”` : `${kind}，固定为 ${literals[0]}`;
  }
  return parts.length > 1 ? orList(parts.map(typeName)) : (TYPE_NAME[label] ?? label);
}

/** A field's description: its own, else that of the schema it wraps (or of an array's items). */
function descriptionOf(schema: z.ZodType): string | undefined {
  if (schema.description) return schema.description;
  const { inner } = unwrap(schema);
  if (inner.description) return inner.description;
  return inner instanceof z.ZodArray ? (inner.element as z.ZodType).description : undefined;
}

/**
 * Every field under `root`, depth first in declaration order. An object met a second time
 * (the same schema, e.g. 三公 budget and actual) and every `common` object get one row whose
 * `fieldsAt` points to the rows of their fields; `common` objects are listed at the end.
 */
export function fieldDocs(root: z.ZodObject, common: readonly CommonObject[] = []): FieldDoc[] {
  const rows: FieldDoc[] = [];
  const seen = new Map<z.ZodType, string>(common.map((c) => [c.schema, c.path]));
  const visitFields = (object: z.ZodObject, prefix: string) => {
    for (const [key, field] of Object.entries(object.shape) as [string, z.ZodType][]) visit(field, `${prefix}${key}`);
  };
  const visit = (field: z.ZodType, path: string) => {
    const { inner, optional } = unwrap(field);
    const element = inner instanceof z.ZodArray ? unwrap(inner.element as z.ZodType).inner : undefined;
    const object = inner instanceof z.ZodObject ? inner : element instanceof z.ZodObject ? element : undefined;
    const rowPath = element instanceof z.ZodObject ? `${path}[]` : path;
    const row: FieldDoc = { path: rowPath, ...splitDescription(descriptionOf(field)), type: typeLabel(field), optional };
    rows.push(row);
    if (!object) return;
    const documented = seen.get(object);
    if (documented) {
      row.fieldsAt = documented;
      return;
    }
    seen.set(object, rowPath);
    visitFields(object, `${rowPath}.`);
  };
  visitFields(root, '');
  for (const c of common) {
    rows.push({ path: c.path, ...splitDescription(c.schema.description), type: 'object', optional: false });
    visitFields(c.schema, `${c.path}.`);
  }
  return rows;
}

/** The fields of one department-year, as /data/ and docs/data-contract.md list them. */
export const FIELD_DOCS: readonly FieldDoc[] = fieldDocs(departmentYear, [{ path: '*.source', schema: sourceRef }]);
