// OCR damage to the codes and names of the 公开06 table, proved by the economic
// classification: "310 101 资本性支出" is 310 资本性支出 (stray digits between code and
// name), and "30303 职工（役）费" is 30303 退职（役）费 (one character misread).
import type { Check } from '../../../../src/lib/schema.ts';
import { ECONOMIC_CODES, economicName } from '../../../../src/lib/classification/economic.ts';
import { normaliseName, typedCells, type Cell } from '../coded-row.ts';
import { entriesOf, groupStarts, type Entry } from '../economic-layout.ts';
import { repairCheck, type RawRow, type RawTable, tableName } from '../model.ts';

export function repairEconomicLabels(table: RawTable, file: string): { table: RawTable; checks: Check[] } {
  const typed = table.rows.map((r) => typedCells(r.cells));
  const starts = groupStarts(typed);
  const checks: Check[] = [];
  const rows = table.rows.map((row, r) => {
    let current = row;
    for (const entry of entriesOf(typed[r], starts)) {
      const fix = strayDigits(entry, typed, starts) ?? misreadName(entry);
      if (!fix) continue;
      current = replace(current, entry, fix.code, fix.name);
      checks.push(repairCheck(fix.id, `${tableName(table)}：“${entry.code} ${entry.name}”已改为“${fix.code} ${fix.name}”。依据：${fix.proof}。`, { file, line: row.line }, `basicByEconomic.${fix.code}`));
    }
    return current;
  });
  return { table: { ...table, rows }, checks };
}

interface Fix {
  id: string;
  code: string;
  name: string;
  proof: string;
}

/** "310 101 资本性支出": the digits after the code belong to no valid code; the catalogue names 310 资本性支出. */
function strayDigits(entry: Entry, typed: Cell[][], starts: number[]): Fix | undefined {
  const m = /^(\d+)\s+(.+)$/.exec(entry.name);
  if (!m) return undefined;
  const [, digits, name] = m;
  if (economicName(entry.code) !== normaliseName(name)) return undefined;
  const joined = entry.code + digits;
  if (economicName(joined)) return undefined;
  const below = typed.flatMap((cells) => entriesOf(cells, starts))
    .filter((e) => e.codeIndex === entry.codeIndex && e.code.length === 5 && e.code.startsWith(entry.code));
  const hierarchy = below.length ? `；同一栏组中的款（${below.slice(0, 3).map((e) => e.code).join('、')}…）都属于 ${entry.code}` : '';
  return {
    id: 'repair.economicCode', code: entry.code, name,
    proof: `支出经济分类中 ${entry.code} 为“${name}”，而“${joined}”不是有效的类或款编码${hierarchy}`,
  };
}

/**
 * A name a misreading away from the catalogue name of its code: same length, at most two
 * characters different ("职工（役）费" for 退职（役）费), and the name of no other code.
 */
function misreadName(entry: Entry): Fix | undefined {
  const expected = economicName(entry.code);
  const printed = normaliseName(entry.name);
  if (!expected || printed === expected || !/[\u3400-\u9fff]/.test(printed)) return undefined;
  if ([...printed].length !== [...expected].length) return undefined;
  const distance = editDistance(printed, expected);
  if (distance > 2 || [...expected].length <= distance * 2) return undefined;
  if (ECONOMIC_CODES.some((c) => c.name === printed)) return undefined;
  return {
    id: 'repair.economicName', code: entry.code, name: expected,
    proof: `支出经济分类中 ${entry.code} 为“${expected}”；印出的名称与它有 ${distance} 个字不同，又不是分类中任何科目的名称，是识别错误`,
  };
}

function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[y.length];
}

function replace(row: RawRow, entry: Entry, code: string, name: string): RawRow {
  const cells = [...row.cells];
  if (entry.nameIndex === entry.codeIndex) cells[entry.codeIndex] = `${code} ${name}`;
  else cells[entry.nameIndex] = name;
  return { ...row, cells };
}
