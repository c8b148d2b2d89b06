// The data files' JSON layout: one row per line. An array of objects (a table's rows, a
// department's years) has each element on a line of its own, and so does every member of an
// object that holds such an array; anything else (a row, the summary, a source) is written
// compact on one line. People can read and diff it row by row, at about the size of compact
// JSON: two-space indentation of every member nearly doubles a department-year, and encoding
// and writing those bytes was the largest single cost of building one. The same value as
// JSON.stringify gives (members whose value is undefined left out, undefined in an array as
// null), newline-terminated.
export function jsonRows(value: unknown): string {
  return `${layout(value, '')}\n`;
}

function layout(value: unknown, indent: string): string {
  if (!holdsRows(value)) return JSON.stringify(value) ?? 'null';
  const inner = `${indent}  `;
  const lines: string[] = [];
  if (Array.isArray(value)) {
    for (const item of value) lines.push(inner + layout(item, inner));
    return `[\n${lines.join(',\n')}\n${indent}]`;
  }
  const object = value as Record<string, unknown>;
  for (const key in object) {
    const member = object[key];
    if (member !== undefined && typeof member !== 'function') lines.push(`${inner}${JSON.stringify(key)}: ${layout(member, inner)}`);
  }
  return `{\n${lines.join(',\n')}\n${indent}}`;
}

/** Whether `value` is, or holds at any depth, an array with an object in it. */
function holdsRows(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) {
    for (const item of value) if (typeof item === 'object' && item !== null) return true;
    return false;
  }
  const object = value as Record<string, unknown>;
  for (const key in object) if (holdsRows(object[key])) return true;
  return false;
}
