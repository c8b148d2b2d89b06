// An OCR-damaged code in a function table (公开02/03/05), e.g. "201999" for 20199: a
// code with a digit too many. It is repaired only when removing one digit gives the one
// code that fits the hierarchy around it, and its 项 rows or another table confirm it.
import type { Check } from '../../../../src/lib/schema.ts';
import type { Message } from '../../types.ts';
import { agreement, sum } from '../../../../src/lib/money.ts';
import { wan } from '../../wording.ts';
import { codedRow, normaliseName, typedCells, type CodedRow } from '../coded-row.ts';
import { FUNCTION_KINDS } from '../kinds.ts';
import { repairCheck, warning, type RawRow, type RawTable, tableName } from '../model.ts';

const VALID = new Set([3, 5, 7]);

interface Located {
  table: RawTable;
  row: RawRow;
  coded: CodedRow;
}

export function repairFunctionCodes(tables: RawTable[], file: string): { tables: RawTable[]; checks: Check[]; messages: Message[] } {
  const checks: Check[] = [];
  const messages: Message[] = [];
  const functionTables = tables.filter((t) => FUNCTION_KINDS.includes(t.kind as never));
  const located = new Map(functionTables.map((table) => [table, locate(table)]));
  // The table expenditureByFunction is read from; repairs elsewhere concern only `tables`.
  const source = FUNCTION_KINDS.map((kind) => functionTables.find((t) => t.kind === kind && t.rows.length)).find(Boolean);
  const repaired = tables.map((table) => {
    if (!functionTables.includes(table)) return table;
    const own = located.get(table)!;
    const others = functionTables.filter((t) => t !== table).flatMap((t) => located.get(t)!);
    const position = new Map(own.map((l, i) => [l.row, i]));
    const rows = table.rows.map((row) => {
      const here = position.get(row) ?? -1;
      if (here < 0 || VALID.has(own[here].coded.code.length)) return row;
      const fix = proveCode(own, here, others);
      const { code } = own[here].coded;
      if (!fix) {
        messages.push(warning(file, 'table-code', `${tableName(table)}：科目编码“${code}”有 ${code.length} 位，不是有效的类、款、项编码，也无从证明应是哪个编码，按原样保留`, row.line));
        return row;
      }
      checks.push(repairCheck('repair.code', `${tableName(table)}：科目编码“${code}”有 ${code.length} 位，不是有效的类、款、项编码，已改为 ${fix.code}。依据：${fix.proof}。`, { file, line: row.line }, table === source ? `expenditureByFunction.${fix.code}` : `tables.${table.id}`));
      return withCode(row, own[here].coded.codeIndex, code, fix.code);
    });
    return { ...table, rows };
  });
  return { tables: repaired, checks, messages };
}

function locate(table: RawTable): Located[] {
  return table.rows.flatMap((row) => {
    const coded = codedRow(typedCells(row.cells));
    return coded ? [{ table, row, coded }] : [];
  });
}

function proveCode(rows: Located[], at: number, others: Located[]): { code: string; proof: string } | undefined {
  const { code, amounts, name } = rows[at].coded;
  const parent = rows.findLast((r, i) => i < at && r.coded.code.length === code.length - 3);
  const children = following(rows, at);
  const candidates = new Set<string>();
  for (let i = 0; i < code.length; i++) {
    const candidate = code.slice(0, i) + code.slice(i + 1);
    if (!VALID.has(candidate.length)) continue;
    if (parent && !candidate.startsWith(parent.coded.code)) continue;
    if (children.length && !children.every((c) => c.coded.code.startsWith(candidate))) continue;
    candidates.add(candidate);
  }
  if (candidates.size !== 1) return undefined;
  const [candidate] = candidates;
  const proof: string[] = [];
  if (parent) proof.push(`它列在 ${parent.coded.code} ${parent.coded.name}之下`);
  // The hierarchy narrows the candidates to one; the sum of its rows or a second table must confirm it.
  let confirmed = false;
  if (children.length && amounts[0] !== undefined) {
    const total = sum(children.map((c) => c.coded.amounts[0]));
    if (agreement(amounts[0], total, children.length) !== 'fail') {
      proof.push(`其下各行（${children.map((c) => c.coded.code).join('、')}）的编码都以 ${candidate} 开头，金额之和${total.equals(amounts[0]) ? '' : '在尾数误差范围内'}等于它的金额 ${wan(amounts[0])}`);
      confirmed = true;
    }
  }
  const twin = amounts[0] === undefined ? undefined : others.find((o) => o.coded.code === candidate && normaliseName(o.coded.name) === normaliseName(name) && o.coded.amounts[0] === amounts[0]);
  if (twin) {
    proof.push(`${tableName(twin.table)}第 ${twin.row.line} 行列有 ${candidate} ${twin.coded.name}，金额同为 ${wan(amounts[0]!)}`);
    confirmed = true;
  }
  return confirmed ? { code: candidate, proof: proof.join('；') } : undefined;
}

/** The rows directly below a row whose codes are longer than its own (its would-be children). */
function following(rows: Located[], at: number): Located[] {
  const own = rows[at].coded.code.length;
  const out: Located[] = [];
  for (let i = at + 1; i < rows.length && rows[i].coded.code.length > own; i++) out.push(rows[i]);
  return out;
}

function withCode(row: RawRow, index: number, from: string, to: string): RawRow {
  const cells = [...row.cells];
  cells[index] = cells[index].replace(from, to);
  return { ...row, cells };
}
