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
        ? `栏次行共编有 12 栏，${rows.length > 1 ? '每个数据行' : '数据行'}恰好有 12 个金额，按标准顺序读取`
        : undefined;
    },
  },
};

/** Every row carries its 行次 in columns 2 and 5: the standard 收入/支出 layout. */
function lineNumbersProof(rows: RawRow[], width: number): string | undefined {
  const fitting = rows.filter((r) => isBareInteger(r.cells[1] ?? '') && isBareInteger(r.cells[4] ?? ''));
  if (rows.length === 0 || fitting.length < rows.length * 0.8) return undefined;
  return `${rows.length} 行数据中有 ${fitting.length} 行在第 2 栏和第 5 栏列有行次，与标准的 ${width} 栏格式一致`;
}

export function repairHeader(raw: RawTable, file: string): { table: RawTable; checks: Check[] } {
  const layout = raw.kind === 'other' ? undefined : LAYOUTS[raw.kind];
  if (!layout || raw.columns) return { table: raw, checks: [] };
  const derived = deriveColumns(raw.header);
  if (layout.fits(derived)) return { table: raw, checks: [] };
  const inferred = raw.kind === 'threePublic' ? inferMissingRoles(derived) : undefined;
  if (inferred) {
    const line = raw.header[0]?.line ?? raw.line;
    const names = inferred.inferred.map((i) => `第 ${i + 1} 栏“${derived[i]}”定为“${inferred.columns[i]}”`).join('；');
    const message = `${tableName(raw)}：表头没有写明每一栏是哪个数字，已将${names}。依据：同一方（预算数或决算数）的其余各栏各写明一个数字、互不重复，这是该方唯一没有任何一栏写明的数字。`;
    return { table: { ...raw, columns: inferred.columns }, checks: [repairCheck('repair.header', message, { file, line }, `tables.${raw.id}.columns`)] };
  }
  const proof = layout.proof(raw.rows);
  if (!proof) return { table: raw, checks: [] };
  const line = raw.header[0]?.line ?? raw.line;
  const published = derived.length ? `公布的表头错乱（“${derived.join(' | ')}”）` : '没有公布表头';
  const message = `${tableName(raw)}：${published}，已按标准格式设为 ${layout.columns.length} 栏：${layout.columns.join('、')}。依据：${proof}。`;
  return { table: { ...raw, columns: [...layout.columns] }, checks: [repairCheck('repair.header', message, { file, line }, `tables.${raw.id}.columns`)] };
}
