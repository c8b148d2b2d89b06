// A small JSON Schema walker covering the keywords z.toJSONSchema emits for our contract
// (type, properties, required, additionalProperties, items, enum, const, pattern, format uri, bounds).
// Enough to check a download against /data/schema.json without another dependency.

type Schema = Record<string, unknown>;

export function schemaErrors(value: unknown, schema: Schema, path = '$'): string[] {
  const errors: string[] = [];
  const fail = (msg: string) => errors.push(`${path}: ${msg}`);
  const types = schema.type === undefined ? undefined : ([] as unknown[]).concat(schema.type);
  if (types && !types.some((t) => typeMatches(value, t as string))) return [`${path}: expected ${types.join('|')}, got ${describe(value)}`];
  if ('const' in schema && value !== schema.const) fail(`expected ${JSON.stringify(schema.const)}`);
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) fail(`not one of ${JSON.stringify(schema.enum)}`);
  if (Array.isArray(schema.anyOf) && !schema.anyOf.some((s) => schemaErrors(value, s as Schema, path).length === 0)) fail('matches no anyOf branch');
  if (typeof value === 'string') {
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) fail(`does not match ${schema.pattern}`);
    if (typeof schema.minLength === 'number' && [...value].length < schema.minLength) fail(`shorter than ${schema.minLength}`);
    if (schema.format === 'uri' && !URL.canParse(value)) fail('not an absolute URI');
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) fail(`below ${schema.minimum}`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) fail(`above ${schema.maximum}`);
    if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum) fail(`not above ${schema.exclusiveMinimum}`);
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) fail(`fewer than ${schema.minItems} items`);
    if (schema.items && typeof schema.items === 'object') value.forEach((item, i) => errors.push(...schemaErrors(item, schema.items as Schema, `${path}[${i}]`)));
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const obj = value as Record<string, unknown>;
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[]) if (!(key in obj)) fail(`missing required "${key}"`);
    for (const [key, v] of Object.entries(obj)) {
      if (props[key]) errors.push(...schemaErrors(v, props[key], `${path}.${key}`));
      else if (schema.additionalProperties === false) fail(`unexpected property "${key}"`);
    }
  }
  return errors;
}

function typeMatches(value: unknown, type: string): boolean {
  switch (type) {
    case 'null': return value === null;
    case 'array': return Array.isArray(value);
    case 'object': return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'integer': return Number.isInteger(value);
    case 'number': return typeof value === 'number' && Number.isFinite(value);
    default: return typeof value === type;
  }
}

function describe(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

/** Keywords this walker does not understand, so a test can fail loudly if the schema grows new ones. */
export function unknownKeywords(schema: unknown, known = KNOWN): string[] {
  const found = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    for (const [key, v] of Object.entries(node)) {
      if (key === 'properties') Object.values(v as object).forEach(walk);
      else {
        if (!known.has(key)) found.add(key);
        walk(v);
      }
    }
  };
  walk(schema);
  return [...found].sort();
}

const KNOWN = new Set(['$schema', '$id', 'title', 'description', 'type', 'properties', 'required', 'additionalProperties', 'items', 'enum', 'const', 'anyOf', 'pattern', 'format', 'minLength', 'minimum', 'maximum', 'exclusiveMinimum', 'minItems']);
