// Every figure is traceable: the line a row's `source` points to really prints that figure.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DepartmentYear } from '../../src/lib/schema.ts';
import { SEED_FILES } from '../helpers/seeds.ts';
import { basename } from 'node:path';

const goldens = SEED_FILES.map((f) => [f, JSON.parse(readFileSync(`test/golden/${basename(f).replace(/\.\w+$/, '')}.json`, 'utf8')) as DepartmentYear] as const);
const linesOf = new Map(SEED_FILES.map((f) => [f, readFileSync(f, 'utf8').split(/\r?\n/)]));

/** The ways a report may print an amount: 7,627.22 / 7627.22 / 381.5 / 295 / 1 505.01. */
function printed(value: number): RegExp {
  const [int, frac = ''] = value.toFixed(2).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '[, ]?');
  const decimals = frac === '00' ? '(\\.0{1,2})?' : frac.endsWith('0') ? `\\.${frac[0]}0?` : `\\.${frac}`;
  return new RegExp(`(^|[^\\d.])${grouped}${decimals}(?![\\d])`);
}

function lineAt(source: { file: string; line: number }): string {
  return linesOf.get(source.file)?.[source.line - 1] ?? '';
}

describe.each(goldens)('%s', (_file, entry) => {
  it('function rows print their total on their source line (prose items: within the item)', () => {
    for (const row of (entry.expenditureByFunction ?? []).filter((r) => r.source)) {
      const text = [0, 1, 2].map((d) => lineAt({ file: row.source!.file, line: row.source!.line + d })).join('\n');
      expect(text, `${row.code} ${row.total}`).toMatch(printed(row.total));
    }
  });
  it('income rows print their amount on their source line', () => {
    for (const row of entry.income ?? []) if (row.source) expect(lineAt(row.source), row.name).toMatch(printed(row.amount));
  });
  it('table rows print every numeric cell on their source line (or a repaired neighbour)', () => {
    for (const table of entry.tables ?? []) {
      for (const row of table.rows) {
        const text = [row.source.line - 1, row.source.line, row.source.line + 1].map((n) => linesOf.get(row.source.file)?.[n - 1] ?? '').join('\n');
        for (const cell of row.cells) if (typeof cell === 'number') expect(text, `${table.id} line ${row.source.line}`).toMatch(printed(cell));
      }
    }
  });
  it('budget-execution items and history entries point at the lines that state them', () => {
    for (const item of entry.budgetExecution ?? []) {
      if (!item.source || item.actual === undefined) continue;
      const text = [0, 1, 2, 3].map((d) => lineAt({ file: item.source!.file, line: item.source!.line + d })).join('');
      expect(text, item.path.join('/')).toMatch(printed(item.actual));
    }
    for (const h of entry.history ?? []) {
      if (!h.source) continue;
      const text = lineAt(h.source) + lineAt({ ...h.source, line: h.source.line + 1 });
      // The line states either the prior-year figure itself or the difference it was derived from.
      const numbers = [...h.derivedFrom.matchAll(/\d[\d,]*(\.\d+)?/g)].map((m) => Number(m[0].replace(/,/g, '')));
      const candidates = [h.value, ...numbers].map(printed);
      if (numbers.length === 0) expect(text.replace(/\s/g, ''), h.field).toContain(h.derivedFrom.replace(/\s/g, '').slice(-6));
      else expect(candidates.some((re) => re.test(text)), `${h.field}: ${h.derivedFrom}`).toBe(true);
    }
  });
});
