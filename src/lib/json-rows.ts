// The data files' JSON layout: one row per line. An array of objects (a table's rows, a
// department's years) has each element on a line of its own, and so does every member of an
// object that holds such an array; anything else (a row, the summary, a source) is written
// compact on one line. People can read and diff it row by row, at about the size of compact
// JSON: two-space indentation of every member nearly doubles a department-year, and encoding
// and writing those bytes was the largest single cost of building one. The same value as
// JSON.stringify gives (members whose value is undefined, a function or a symbol left out, and
// in an array written null), newline-terminated.
export function jsonRows(value: unknown): string {
  // Pieces joined once, so the text is one flat string: encoding it copies nothing first.
  const pieces: string[] = [];
  write(value, '', pieces);
  pieces.push('\n');
  return pieces.join('');
}

function write(value: unknown, indent: string, pieces: string[]): void {
  if (!holdsRows(value)) {
    pieces.push(JSON.stringify(value) ?? 'null');
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    pieces.push('[\n');
    value.forEach((item, i) => {
      pieces.push(i ? ',\n' : '', inner);
      write(item, inner, pieces);
    });
    pieces.push('\n', indent, ']');
    return;
  }
  const object = value as Record<string, unknown>;
  let first = true;
  pieces.push('{\n');
  for (const key in object) {
    const member = object[key];
    if (member === undefined || typeof member === 'function' || typeof member === 'symbol') continue;
    pieces.push(first ? '' : ',\n', inner, JSON.stringify(key), ': ');
    first = false;
    write(member, inner, pieces);
  }
  pieces.push('\n', indent, '}');
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
