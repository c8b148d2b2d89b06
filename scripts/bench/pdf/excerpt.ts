// One report of a PDF corpus, or an excerpt of it (its cover and the tables named), printed
// to a file with its HTML and truth beside it: the smallest PDF that shows a reader problem.
// CLI: node scripts/bench/pdf/excerpt.ts --index N [--departments 200 --years 5 --seed 1]
//        [--tables 支出决算表,一般公共预算财政拨款基本支出决算表] [--prose] --out <file.pdf>
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { generatePdfReports } from '../corpus.ts';
import type { GeneratedPdfReport } from '../report.ts';
import { chromiumPrinter } from './print.ts';

/** The report's HTML with only its cover, the tables titled `tables` and, with `prose`, its narrative. */
export function excerptHtml(html: string, tables: readonly string[], prose = false): string {
  const start = html.indexOf('<section');
  const end = html.lastIndexOf('</body>');
  const sections = html.slice(start, end).split(/(?=<section)/);
  const kept = sections.filter((s) => s.startsWith('<section class="cover">')
    || tables.some((t) => s.includes(`<h3 class="table-title">${t}</h3>`))
    || (prose && s.includes('<h2>第三部分</h2>')));
  return `${html.slice(0, start)}${kept.join('')}${html.slice(end)}`;
}

export function reportAt(spec: { departments: number; years: number; seed: number }, index: number): GeneratedPdfReport {
  let n = 0;
  for (const report of generatePdfReports(spec)) if (n++ === index) return report;
  throw new RangeError(`the corpus has ${n} reports; there is no report ${index}`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      index: { type: 'string' }, departments: { type: 'string' }, years: { type: 'string' }, seed: { type: 'string' },
      tables: { type: 'string' }, prose: { type: 'boolean' }, out: { type: 'string' },
    },
    strict: true,
  });
  if (values.index === undefined || !values.out) {
    console.error('usage: node scripts/bench/pdf/excerpt.ts --index N [--departments 200 --years 5 --seed 1] [--tables 支出决算表,…] [--prose] --out <file.pdf>');
    process.exitCode = 2;
    return;
  }
  const spec = { departments: Number(values.departments ?? 200), years: Number(values.years ?? 5), seed: Number(values.seed ?? 1) };
  const report = reportAt(spec, Number(values.index));
  const tables = values.tables ? values.tables.split(',') : [];
  const html = tables.length || values.prose ? excerptHtml(report.html, tables, values.prose) : report.html;
  const printer = await chromiumPrinter(1);
  try {
    writeFileSync(values.out, await printer.print({ html, pageNumbers: report.truth.source.pdf!.pageNumbers }));
  } finally {
    await printer.close();
  }
  const stem = values.out.replace(/\.pdf$/i, '');
  writeFileSync(`${stem}.html`, html);
  writeFileSync(`${stem}.truth.json`, `${JSON.stringify(report.truth, null, 2)}\n`);
  console.log(`${report.file} (${report.truth.department.name} ${report.truth.year}) → ${values.out}, ${stem}.html, ${stem}.truth.json`);
  console.log(`variant: ${JSON.stringify(report.truth.source.pdf)}`);
}

if (import.meta.main) await main();
