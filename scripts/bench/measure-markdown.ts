// The tables of BENCHMARKS.md from a run's summary:
//   node scripts/bench/measure-markdown.ts [bench-results/bench-summary.json]
import { readFileSync } from 'node:fs';
import type { BenchRow } from './measure-corpus.ts';
import type { PdfBenchRow } from './measure-pdf.ts';
import { benchTable, formatMarkdown, growthTable, pdfTable, type Growth } from './measure-table.ts';

export function summaryMarkdown(summary: { rows: BenchRow[]; growth: Growth[]; pdfRows?: PdfBenchRow[] }): string {
  const parts = summary.rows.length ? [formatMarkdown(benchTable(summary.rows))] : [];
  if (summary.growth.length) parts.push(formatMarkdown(growthTable(summary.growth)));
  if (summary.pdfRows?.length) parts.push(formatMarkdown(pdfTable(summary.pdfRows)));
  return parts.join('\n\n');
}

if (import.meta.main) {
  const file = process.argv[2] ?? 'bench-results/bench-summary.json';
  console.log(summaryMarkdown(JSON.parse(readFileSync(file, 'utf8'))));
}
