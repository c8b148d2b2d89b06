// A report with function tables (公开03/05) names its budget-execution items after its own
// rows, so the [类, 款, 项] names resolve against those rows first: the code the report
// itself prints wins over the reference catalogue (which may lack or misplace a subject).
import type { FunctionRow } from '../../../src/lib/schema.ts';
import { normalizeSubjectName } from '../../../src/lib/classification/functional.ts';

const CODE_LENGTH = [3, 5, 7];

/** "住房保障" and "住房保障支出" name the same 类: compare without a trailing 支出. */
function stem(name: string): string {
  const normal = normalizeSubjectName(name);
  return normal.endsWith('支出') ? normal.slice(0, -2) : normal;
}

/** The code of the row path[i] names under path[i-1]'s row; undefined unless every step is unique. */
export function codeFromRows(path: readonly string[], rows: readonly FunctionRow[]): string | undefined {
  if (path.length === 0 || path.length > 3 || rows.length === 0) return undefined;
  let code = '';
  for (const [level, name] of path.entries()) {
    const wanted = stem(name);
    const codes = new Set(rows
      .filter((r) => r.code.length === CODE_LENGTH[level] && r.code.startsWith(code) && stem(r.name) === wanted)
      .map((r) => r.code));
    if (codes.size !== 1) return undefined;
    [code] = codes;
  }
  return code;
}
