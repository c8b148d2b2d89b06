// The tables of BENCHMARKS.md from a run's summary:
//   node scripts/bench/measure-markdown.ts [bench-results/bench-summary.json]
import { readFileSync } from 'node:fs';
import type { BenchRow } from './measure-corpus.ts';
import { benchTable, formatMarkdown, growthTable, type Growth } from './measure-table.ts';

export function summaryMarkdown(summary: { rows: BenchRow[]; growth: Growth[] }): string {
  const parts = [formatMarkdown(benchTable(summary.rows))];
  if (summary.growth.length) parts.push(formatMarkdown(growthTable(summary.growth)));
  return parts.join('\n\n');
}

if (import.meta.main) {
  const file = process.argv[2] ?? 'bench-results/bench-summary.json';
  console.log(summaryMarkdown(JSON.parse(readFileSync(file, 'utf8'))));
}
