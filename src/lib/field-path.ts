// Dotted paths into a department-year ("threePublic.actual.abroad", "expenditureByFunction.2150501"),
// as used by `history[].field` and `checks[].field`.

/** The value at a dotted path; array steps match an element's `code`, else its index. */
export function readField(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const step of path.split('.')) {
    if (node === null || node === undefined) return undefined;
    if (Array.isArray(node)) {
      node = node.find((item) => (item as { code?: unknown })?.code === step) ?? (/^\d+$/.test(step) && step.length < 3 ? node[Number(step)] : undefined);
    } else if (typeof node === 'object') {
      node = (node as Record<string, unknown>)[step];
    } else {
      return undefined;
    }
  }
  return node;
}

/** A number at a dotted path, or undefined (absent is not zero). */
export function readNumber(root: unknown, path: string): number | undefined {
  const value = readField(root, path);
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** True when `field` is `path` itself or lies under it ("summary.incomeTotal" under "summary"). */
export function isUnder(field: string, path: string): boolean {
  return field === path || field.startsWith(`${path}.`);
}
