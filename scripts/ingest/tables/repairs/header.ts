// A garbled header (header lines interleaved, cells scrambled) is replaced by the
// standard columns of its table, but only for tables whose layout is fixed and only
// when every data row follows that layout: that is the proof.
import type { Check } from '../../../../src/lib/schema.ts';
import { isBareInteger } from '../cells.ts';
import { deriveColumns, isPrintedAmount } from '../header.ts';
import type { KnownKind } from '../kinds.ts';
import { repairCheck, type RawRow, type RawTable, tableName } from '../model.ts';
import { CANONICAL_THREE_PUBLIC, inferMissingRoles, roleMap } from '../three-public-columns.ts';

interface Layout {
  columns: readonly string[];
  /** The derived header already names the columns properly. */
  fits: (columns: string[]) => boolean;
  /** Why the data rows prove the standard layout, or undefined when they do not. */
  proof: (rows: RawRow[]) => string | undefined;
}

const side = (s: string) => [`${s}/项目`, `${s}/行次`];
const has = (columns: string[], i: number, pattern: RegExp) => pattern.test(columns[i] ?? '');

const LAYOUTS: Partial<Record<KnownKind, Layout>> = {
  summary: {
    columns: [...side('收入'), '收入/金额', ...side('支出'), '支出/金额'],
    fits: (c) => c.length === 6 && has(c, 0, /项目/) && has(c, 1, /行次/) && has(c, 3, /项目/) && has(c, 4, /行次/),
    proof: (rows) => lineNumbersProof(rows, 6),
  },
  fiscalSummary: {
    columns: [...side('收入'), '收入/金额', ...side('支出'), '支出/合计', '支出/一般公共预算财政拨款', '支出/政府性基金预算财政拨款', '支出/国有资本经营预算财政拨款'],
    fits: (c) => c.length === 9 && has(c, 0, /项目/) && has(c, 1, /行次/) && has(c, 4, /行次/) && has(c, 5, /合计/),
    proof: (rows) => lineNumbersProof(rows, 9),
  },
  threePublic: {
    columns: CANONICAL_THREE_PUBLIC,
    fits: (c) => roleMap(c) !== undefined,
    proof: (rows) => {
      const twelve = rows.filter((r) => r.cells.filter(isPrintedAmount).length === 12);
      return twelve.length === rows.length && rows.length > 0
        ? `the 栏次 row numbers twelve columns and the data row${rows.length > 1 ? 's hold' : ' holds'} exactly twelve amounts, which are read in the standard order`
        : undefined;
    },
  },
};

/** Every row carries its 行次 in columns 2 and 5: the standard 收入/支出 layout. */
function lineNumbersProof(rows: RawRow[], width: number): string | undefined {
  const fitting = rows.filter((r) => isBareInteger(r.cells[1] ?? '') && isBareInteger(r.cells[4] ?? ''));
  if (rows.length === 0 || fitting.length < rows.length * 0.8) return undefined;
  return `${fitting.length} of ${rows.length} data rows carry their 行次 in columns 2 and 5, as in the standard ${width}-column layout`;
}

export function repairHeader(raw: RawTable, file: string): { table: RawTable; checks: Check[] } {
  const layout = raw.kind === 'other' ? undefined : LAYOUTS[raw.kind];
  if (!layout || raw.columns) return { table: raw, checks: [] };
  const derived = deriveColumns(raw.header);
  if (layout.fits(derived)) return { table: raw, checks: [] };
  const inferred = raw.kind === 'threePublic' ? inferMissingRoles(derived) : undefined;
  if (inferred) {
    const line = raw.header[0]?.line ?? raw.line;
    const names = inferred.inferred.map((i) => `column ${i + 1} "${derived[i]}" → ${inferred.columns[i]}`).join('; ');
    const message = `${tableName(raw)}: the header (line ${line}) does not name every figure: ${names}. Proof: every other column names one figure of its side, each once, and this is the one figure of its side no column names.`;
    return { table: { ...raw, columns: inferred.columns }, checks: [repairCheck('repair.header', message, { file, line }, `tables.${raw.id}.columns`)] };
  }
  const proof = layout.proof(raw.rows);
  if (!proof) return { table: raw, checks: [] };
  const line = raw.header[0]?.line ?? raw.line;
  const published = derived.length ? `"${derived.join(' | ')}"` : 'missing';
  const message = `${tableName(raw)}: the published header (line ${line}) is garbled (${published}); columns set to the standard ${layout.columns.length}: ${layout.columns.join(', ')}. Proof: ${proof}.`;
  return { table: { ...raw, columns: [...layout.columns] }, checks: [repairCheck('repair.header', message, { file, line }, `tables.${raw.id}.columns`)] };
}
