// Validate an entry against the contract and name the failing field paths, in the
// manner of Starlight's error map: "summary.incomeTotal: expected number, received string".
import { departmentYear, type DepartmentYear } from '../../src/lib/schema.ts';

export type Validation = { ok: true; entry: DepartmentYear } | { ok: false; errors: string[] };

export function validateDepartmentYear(value: unknown): Validation {
  const result = departmentYear.safeParse(value);
  if (result.success) return { ok: true, entry: result.data };
  return {
    ok: false,
    errors: result.error.issues.slice(0, 20).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
  };
}
