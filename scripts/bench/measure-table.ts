// The benchmark as a table: one column per corpus, one line per measure; and how cost
// grows between consecutive corpus sizes. Pure: rows in, text out.
import type { BenchRow } from './measure-corpus.ts';
import type { MachineProbe } from './measure-machine.ts';
import type { PdfBenchRow } from './measure-pdf.ts';

type Cell = string;
const MB = 1e6;
const KB = 1e3;

const fixed = (x: number | null | undefined, digits: number): Cell => (x === null || x === undefined || !Number.isFinite(x) ? '—' : x.toFixed(digits));
const mb = (bytes: number | undefined) => (bytes ? fixed(bytes / MB, 0) : '—');
const kb = (bytes: number | undefined) => (bytes ? fixed(bytes / KB, 1) : '—');
const when = (ok: boolean | undefined, cell: Cell) => (ok ? cell : '—');
const probe = (p: MachineProbe | undefined) => (p ? `${p.computeMs}, ${p.firstWriteMs}, ${p.rewriteMs}` : '—');
const PROBE = 'compute, 256 MB first write, rewrite ms';

/** [label, cell per row] for every measure, in the order printed. */
const MEASURES: [string, (r: BenchRow) => Cell][] = [
  ['department-years (reports)', (r) => String(r.ingest.reports)],
  ['input MB', (r) => fixed(r.ingest.inputBytes / MB, 1)],
  ['ingest s', (r) => when(r.ingest.ok, fixed(r.ingest.seconds, 1))],
  ['ingest CPU s', (r) => when(r.ingest.ok, fixed(r.ingest.cpuSeconds, 1))],
  ['ingest reports/s', (r) => when(r.ingest.ok, fixed(r.ingest.reportsPerSecond, 1))],
  ['ingest MB/s', (r) => when(r.ingest.ok, fixed(r.ingest.megabytesPerSecond, 2))],
  ['ingest peak RSS MB', (r) => mb(r.ingest.peakRssBytes)],
  ['truth reproduced %', (r) => (r.truth ? fixed(r.truth.share * 100, 2) : '—')],
  ['site index s', (r) => when(r.site?.ok, fixed(r.site?.seconds, 1))],
  ['site index peak RSS MB', (r) => mb(r.site?.peakRssBytes)],
  ['astro build s', (r) => when(r.astro.ok, fixed(r.astro.seconds, 1))],
  ['astro build CPU s', (r) => when(r.astro.ok, fixed(r.astro.cpuSeconds, 1))],
  ['pages built', (r) => when(r.astro.ok, String(r.astro.pages))],
  ['astro pages/s', (r) => when(r.astro.ok, fixed(r.astro.pagesPerSecond, 1))],
  ['astro peak RSS MB', (r) => mb(r.astro.peakRssBytes)],
  ['sources s', (r) => when(r.sources?.ok, fixed(r.sources?.seconds, 1))],
  ['downloads s', (r) => when(r.downloads?.ok, fixed(r.downloads?.seconds, 1))],
  ['downloads MB', (r) => when(r.downloads?.ok, fixed((r.downloads?.bytes ?? 0) / MB, 0))],
  ['downloads peak RSS MB', (r) => mb(r.downloads?.peakRssBytes)],
  ['pagefind s', (r) => when(r.pagefind.ok, fixed(r.pagefind.seconds, 1))],
  ['pagefind CPU s', (r) => when(r.pagefind.ok, fixed(r.pagefind.cpuSeconds, 1))],
  ['pagefind index MB', (r) => when(r.pagefind.ok, fixed(r.pagefind.indexBytes / MB, 2))],
  ['pagefind peak RSS MB', (r) => mb(r.pagefind.peakRssBytes)],
  ['link check s', (r) => when(r.links.seconds > 0, fixed(r.links.seconds, 1))],
  ['link check peak RSS MB', (r) => mb(r.links.peakRssBytes)],
  ['full build s (Pagefind beside sources, downloads)', (r) => fixed(r.build.seconds, 1)],
  ['full build CPU s', (r) => fixed(r.build.cpuSeconds, 1)],
  ['full build peak RSS MB', (r) => mb(r.build.peakRssBytes)],
  ['dept-year page gzip KB, median', (r) => kb(r.pageWeight?.medianGzip)],
  ['dept-year page gzip KB, max', (r) => kb(r.pageWeight?.maxGzip)],
  ['first search KB (index + library), as stored', (r) => kb(r.firstSearch?.totalBytes)],
  ['first search KB over the wire (JS gzipped)', (r) => kb(r.firstSearch?.wireBytes)],
  ['  of which library, meta, index, fragments KB as stored', (r) => (r.firstSearch ? [r.firstSearch.libraryBytes, r.firstSearch.metaBytes, r.firstSearch.indexBytes, r.firstSearch.fragmentBytes].map((b) => kb(b)).join(', ') : '—')],
  ...rebuildMeasures(0, 'rebuild, one report added'),
  ...rebuildMeasures(1, 'rebuild, one report changed'),
  ['load average before (1 min)', (r) => fixed(r.loadAverageBefore[0], 1)],
  [`machine before: ${PROBE}`, (r) => probe(r.machineBefore)],
  [`machine after: ${PROBE}`, (r) => probe(r.machineAfter)],
];

/** A rebuild's total, and its steps that took a second or more (the others are in the JSON). */
function rebuildMeasures(index: number, label: string): [string, (r: BenchRow) => Cell][] {
  const of = (r: BenchRow) => r.rebuilds?.[index];
  return [
    [`${label}: s`, (r) => fixed(of(r)?.seconds, 1)],
    [`  of which ingest, site index, astro s`, (r) => (of(r) ? ['ingest', 'site', 'astro'].map((s) => fixed(of(r)!.steps[s as 'ingest'].seconds, 1)).join(', ') : '—')],
    [`  of which sources, downloads, pagefind, links s`, (r) => (of(r) ? ['sources', 'downloads', 'pagefind', 'links'].map((s) => fixed(of(r)!.steps[s as 'ingest'].seconds, 1)).join(', ') : '—')],
    [`${label}: peak RSS MB`, (r) => mb(of(r)?.peakRssBytes)],
  ];
}

export function benchTable(rows: readonly BenchRow[]): Cell[][] {
  return [['', ...rows.map((r) => r.corpus)], ...MEASURES.map(([label, cell]) => [label, ...rows.map(cell)])];
}

const PDF_MEASURES: [string, (r: PdfBenchRow) => Cell][] = [
  ['department-years (PDF reports)', (r) => String(r.generate.reports)],
  ['pages', (r) => when(r.ingest.ok, String(r.ingest.pages))],
  ['input MB', (r) => fixed(r.generate.bytes / MB, 1)],
  ['generate s (Chromium prints, or cache)', (r) => `${fixed(r.generate.seconds, 1)} (${r.generate.printed} printed)`],
  ['ingest s', (r) => when(r.ingest.ok, fixed(r.ingest.seconds, 1))],
  ['ingest CPU s', (r) => when(r.ingest.ok, fixed(r.ingest.cpuSeconds, 1))],
  ['ingest pages/s', (r) => when(r.ingest.ok, fixed(r.ingest.pagesPerSecond, 1))],
  ['ingest reports/s', (r) => when(r.ingest.ok, fixed(r.ingest.reportsPerSecond, 2))],
  ['ingest peak RSS MB', (r) => mb(r.ingest.peakRssBytes)],
  ['ingest load average (1 min) at start, end', (r) => r.ingest.load.map((x) => fixed(x, 1)).join(', ')],
  [`machine before the ingest: ${PROBE}`, (r) => probe(r.ingest.machine)],
  ['bare pdfjs s (mean of the runs before and after the ingest)', (r) => when(r.pdfjs.ok, `${fixed(r.pdfjs.seconds, 1)} (${(r.pdfjsRuns ?? []).map((x) => fixed(x.seconds, 1)).join(', ')})`)],
  ['bare pdfjs CPU s', (r) => when(r.pdfjs.ok, fixed(r.pdfjs.cpuSeconds, 1))],
  ['bare pdfjs pages/s', (r) => when(r.pdfjs.ok, fixed(r.pdfjs.pagesPerSecond, 1))],
  ['bare pdfjs reports/s', (r) => when(r.pdfjs.ok, fixed(r.pdfjs.reportsPerSecond, 2))],
  ['bare pdfjs peak RSS MB', (r) => mb(r.pdfjs.peakRssBytes)],
  ['bare pdfjs load average (1 min) at start, end', (r) => r.pdfjs.load.map((x) => fixed(x, 1)).join(', ')],
  [`machine before each bare pdfjs run: ${PROBE}`, (r) => (r.pdfjsRuns?.length ? r.pdfjsRuns.map((run) => probe(run.machine)).join('; ') : '—')],
  ['worker threads (both)', (r) => String(r.ingest.workers)],
  ['ingest time ÷ bare pdfjs time', (r) => fixed(r.ratio, 2)],
  ['ingest CPU ÷ bare pdfjs CPU', (r) => fixed(r.cpuRatio, 2)],
  ['truth reproduced %', (r) => (r.truth ? fixed(r.truth.share * 100, 2) : '—')],
  ['load average before (1 min)', (r) => fixed(r.loadAverageBefore[0], 1)],
];

/** The PDF corpora: speed against bare pdfjs, and the truth reproduced by field category. */
export function pdfTable(rows: readonly PdfBenchRow[]): Cell[][] {
  const categories = [...new Set(rows.flatMap((r) => Object.keys(r.truth?.categories ?? {})))].sort();
  const byCategory: [string, (r: PdfBenchRow) => Cell][] = categories.map((c) => [
    `  truth: ${c} %`, (r) => (r.truth?.categories[c] ? `${fixed(r.truth.categories[c].share * 100, 2)}` : '—'),
  ]);
  const measures = [...PDF_MEASURES.slice(0, -1), ...byCategory, PDF_MEASURES.at(-1)!];
  return [['', ...rows.map((r) => r.corpus)], ...measures.map(([label, cell]) => [label, ...rows.map(cell)])];
}

export function formatText(table: readonly Cell[][]): string {
  const widths = table[0].map((_, c) => Math.max(...table.map((row) => displayWidth(row[c]))));
  return table.map((row) => row.map((cell, c) => (c === 0 ? padEnd(cell, widths[c]) : padStart(cell, widths[c]))).join('  ')).join('\n');
}

export function formatMarkdown(table: readonly Cell[][]): string {
  const [head, ...body] = table;
  const line = (row: readonly Cell[]) => `| ${row.join(' | ')} |`;
  return [line(head), `|---|${head.slice(1).map(() => '---:').join('|')}|`, ...body.map(line)].join('\n');
}

export interface Growth {
  from: string;
  to: string;
  /** Ratio of department-years, then of each cost. */
  size: number;
  ingestSeconds: number;
  astroSeconds: number;
  pagefindSeconds: number;
  buildSeconds: number;
  buildCpuSeconds: number;
  buildPeakRss: number;
  indexBytes: number;
  firstSearchBytes: number;
}

/** Cost ratios between consecutive generated corpora (the seeds row is left out). */
export function growth(rows: readonly BenchRow[]): Growth[] {
  const generated = rows.filter((r) => r.departments !== null);
  const ratio = (a: number | undefined, b: number | undefined) => (a && b ? Number((b / a).toFixed(2)) : NaN);
  return generated.slice(1).map((to, i) => {
    const from = generated[i];
    return {
      from: from.corpus, to: to.corpus, size: ratio(from.ingest.reports, to.ingest.reports),
      ingestSeconds: ratio(from.ingest.seconds, to.ingest.seconds), astroSeconds: ratio(from.astro.seconds, to.astro.seconds),
      pagefindSeconds: ratio(from.pagefind.seconds, to.pagefind.seconds), buildSeconds: ratio(from.build.seconds, to.build.seconds), buildCpuSeconds: ratio(from.build.cpuSeconds, to.build.cpuSeconds),
      buildPeakRss: ratio(from.build.peakRssBytes, to.build.peakRssBytes), indexBytes: ratio(from.pagefind.indexBytes, to.pagefind.indexBytes),
      firstSearchBytes: ratio(from.firstSearch?.totalBytes, to.firstSearch?.totalBytes),
    };
  });
}

export function growthTable(list: readonly Growth[]): Cell[][] {
  const keys = ['size', 'ingestSeconds', 'astroSeconds', 'pagefindSeconds', 'buildSeconds', 'buildCpuSeconds', 'buildPeakRss', 'indexBytes', 'firstSearchBytes'] as const;
  const labels = ['department-years ×', 'ingest time ×', 'astro build time ×', 'pagefind time ×', 'full build time ×', 'full build CPU time ×', 'full build peak RSS ×', 'index size ×', 'first search bytes ×'];
  return [['growth', ...list.map((g) => `${g.from} → ${g.to}`)], ...keys.map((k, i) => [labels[i], ...list.map((g) => fixed(g[k], 2))])];
}

// CJK characters take two columns in a terminal.
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return width;
}
const padEnd = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));
const padStart = (text: string, width: number) => ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
