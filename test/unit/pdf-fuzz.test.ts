// Fuzzing the PDF reader through the whole ingest (bounded and deterministic): the real report
// and a small built one cut short, bit-flipped and with pages removed, beside PDFs built to be
// encrypted, scanned, unreadable, empty, thousands of pages long or memory-hungry, and a good
// text seed; read in worker threads with time and memory bounds, as the CLI reads them.
// Nothing throws or hangs; every file is listed with a department-year or with a documented
// code whose message says what is wrong; the good report is still published.
import { afterAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../scripts/ingest/ingest.ts';
import { pdfPool, type PdfReader, type PoolOptions } from '../../scripts/ingest/pdf/pool.ts';
import type { FileReport } from '../../scripts/ingest/report.ts';
import { seededRandom } from '../helpers/mutations.ts';
import { dropRandomPages, flipPdfBytes, truncatePdf } from '../helpers/pdf-mutations.ts';
import { encryptedPdf, manyPagesPdf, memoryHungryPdf, privateUsePdf, scannedPdf, smallReportPdf, unhandledRejectionPdf } from '../helpers/pdf-samples.ts';
import { crossReferenceStreamEnd, REAL_DEPARTMENT, realPdf, realPdfAvailable } from '../helpers/real-pdf.ts';
import { seed, seedBytes } from '../helpers/seeds.ts';

/** Rounds of damage to the built report (cheap) and to the real one (about a second a read). */
const ROUNDS = Number(process.env.PDF_FUZZ_ROUNDS ?? 3);
const REAL_ROUNDS = Number(process.env.PDF_FUZZ_REAL_ROUNDS ?? 2);
/** Generous for one file read by a worker on a busy machine; a hang guard, not a speed target. */
const TIMEOUT_MS = 20_000;

/** The codes a file that yields no department-year may carry, and what each message must say. */
const WHAT_IS_WRONG: Record<string, RegExp> = {
  'pdf-encrypted': /^PDF 文件设有密码保护，无法读取$/,
  'pdf-unreadable': /^(无法打开 PDF 文件（.+），文件可能不完整或已损坏|无法读取第 \d+ 页（共 \d+ 页）：.+|读取这个 PDF 文件超过了 [\d.]+ 秒，已停止|读取这个 PDF 文件需要超过 \d+ 兆字节的内存，已停止|PDF 读取程序出错（.+）)$/,
  'pdf-no-text': /^PDF 文件没有文字层（\d+ 页中有 \d+ 页是图片）：/,
  'pdf-bad-text': /^PDF 文件的文字层无法读取：\d+ 个字符中有 \d+ 个是私用区字符或替换字符/,
  'not-a-report': /^不是部门决算或绩效自评报告：标题和“部门：”行中都没有找到(部门名称|年度|部门名称和年度)$/,
};

/** What a file must come to: a department-year, a given code, or either (bytes flipped anywhere). */
type Outcome = { department: string; year: number } | { code: keyof typeof WHAT_IS_WRONG; message?: RegExp } | 'entry-or-code';

const SMALL_REPORT = { department: '上海市测试局', year: 2024 };
const REAL_REPORT = { department: REAL_DEPARTMENT, year: 2024 };
const GOOD_SEED = seed('000');

/** Where a cut stops the built PDF being readable: its only trailer, at the end, must name the catalog. */
function trailerRootEnd(bytes: Uint8Array): number {
  const text = new TextDecoder('latin1').decode(bytes);
  const root = /\/Root \d+ 0 R/.exec(text.slice(text.lastIndexOf('trailer')))!;
  return text.lastIndexOf('trailer') + root.index + root[0].length;
}

/** Damaged variants of one PDF, named by what was done to them, each with the outcome it must have. */
function variantsOf(name: string, bytes: Uint8Array, report: Outcome, readableFrom: number, rounds: number): [string, Uint8Array, Outcome][] {
  const out: [string, Uint8Array, Outcome][] = [];
  for (let round = 0; round < rounds; round++) {
    const seedOf = (kind: number) => round * 7919 + kind * 104_729 + name.length;
    const cut = truncatePdf(bytes, seededRandom(seedOf(1)));
    // Cut before the file's trailer: nothing to rebuild it from (see readableFrom); after: all pages.
    out.push([`${name}-cut-${round}-at-${cut.length}.pdf`, cut, cut.length < readableFrom ? { code: 'pdf-unreadable', message: /^无法打开 PDF 文件（/ } : report]);
    out.push([`${name}-flipped-${round}.pdf`, flipPdfBytes(bytes, seededRandom(seedOf(2))), 'entry-or-code']);
    const dropped = dropRandomPages(bytes, seededRandom(seedOf(3)));
    // The cover page holds the title, the only place these reports name their department and year.
    out.push([`${name}-without-pages-${round}-${dropped.removed.join('-')}.pdf`, dropped.bytes, dropped.removed.includes(1) ? { code: 'not-a-report' } : report]);
  }
  return out;
}

/** Runs the ingest over the files with a fresh pool; each file's report, and how long it all took. */
async function ingest(files: [string, Uint8Array][], options: PoolOptions) {
  const pool: PdfReader = pdfPool({ workers: 2, ...options });
  const contents = new Map(files);
  const output = new Map<string, Uint8Array | string>();
  const start = performance.now();
  try {
    const result = await runIngest({
      listReports: async () => [...contents.keys()],
      readFile: async (file) => contents.get(file)!,
      writeOutput: async (written) => { for (const [k, v] of written) output.set(k, v); },
      readPdf: (bytes) => pool.read(bytes),
    });
    return { ...result, output, ms: performance.now() - start };
  } finally {
    await pool.close();
  }
}

function expectOutcome(file: FileReport | undefined, outcome: Outcome) {
  expect(file, 'listed in the ingest report').toBeDefined();
  const errors = file!.messages.filter((m) => m.severity === 'error');
  const summary = { file: file!.file, entry: file!.entry, errors: errors.map((m) => `${m.code}: ${m.message}`) };
  if (outcome === 'entry-or-code') {
    // Published with whatever the damage did to its tables (their messages may be errors too).
    if (!file!.entry) {
      expect(errors.length, JSON.stringify(summary)).toBe(1);
      expect(Object.keys(WHAT_IS_WRONG), JSON.stringify(summary)).toContain(errors[0].code);
    }
  } else if ('code' in outcome) {
    expect(summary).toMatchObject({ entry: undefined, errors: [expect.stringMatching(new RegExp(`^${outcome.code}: `))] });
    if (outcome.message) expect(errors[0].message).toMatch(outcome.message);
  } else {
    expect(summary).toMatchObject({ entry: expect.stringMatching(/^departments\//) });
    expect(file).toMatchObject({ format: 'pdf', department: outcome.department, year: outcome.year });
  }
  for (const m of file!.messages) expect(m).toMatchObject({ file: file!.file, code: expect.stringMatching(/^[a-z]/), message: expect.stringMatching(/\S/) });
  if (!file!.entry) for (const m of errors) expect(m.message).toMatch(WHAT_IS_WRONG[m.code]);
}

describe('fuzzed PDFs through the ingest', () => {
  const codes = new Map<string, number>();
  afterAll(() => console.log(`pdf fuzz: messages by code: ${JSON.stringify(Object.fromEntries([...codes].sort()))}`));

  it(`damaged real and built reports, and PDFs built to fail, beside a good text report (${REAL_ROUNDS} and ${ROUNDS} rounds)`, { timeout: 120_000 }, async () => {
    const small = smallReportPdf();
    const cases: [string, Uint8Array, Outcome][] = [
      ['encrypted.pdf', encryptedPdf(), { code: 'pdf-encrypted' }],
      ['scan.pdf', scannedPdf(3), { code: 'pdf-no-text', message: /（3 页中有 3 页是图片）：这是扫描件，目前还不能识别扫描件中的文字$/ }],
      ['private-use.pdf', privateUsePdf(), { code: 'pdf-bad-text', message: /22 个字符中有 22 个是私用区字符/ }],
      ['empty.pdf', new Uint8Array(), { code: 'pdf-unreadable', message: /^无法打开 PDF 文件（The PDF file is empty, i\.e\. its size is zero bytes\.），文件可能不完整或已损坏$/ }],
      // Read in full (a second or two): a page of "x" each, no title, so not a report.
      ['two-thousand-pages.pdf', manyPagesPdf(2_000), { code: 'not-a-report' }],
      // pdf.js leaves a rejection unhandled on it; the worker answers the file with it (worker-serve.ts).
      ['unhandled-rejection.pdf', unhandledRejectionPdf(), { code: 'pdf-unreadable', message: /^PDF 读取程序出错（.*Bad \(uncompressed\) XRef entry.*）$/ }],
      ['small-report.pdf', small, SMALL_REPORT],
      ...variantsOf('small-report', small, SMALL_REPORT, trailerRootEnd(small), ROUNDS),
    ];
    if (realPdfAvailable) {
      const real = realPdf();
      const end = crossReferenceStreamEnd(real);
      cases.push(['real-cut-at-xref-stream-end.pdf', real.slice(0, end), REAL_REPORT], ...variantsOf('real', real, REAL_REPORT, end, REAL_ROUNDS));
    }
    const files: [string, Uint8Array][] = [[GOOD_SEED, seedBytes(GOOD_SEED)], ...cases.map(([name, bytes]): [string, Uint8Array] => [`seeds/fuzz/${name}`, bytes])];

    const { report, entries, output, ms } = await ingest(files, { timeoutMs: TIMEOUT_MS });

    expect(report.files.map((f) => f.file).sort()).toEqual(files.map(([f]) => f).sort());
    for (const [name, , outcome] of cases) expectOutcome(report.files.find((f) => f.file === `seeds/fuzz/${name}`), outcome);
    for (const m of report.files.flatMap((f) => f.messages)) codes.set(m.code, (codes.get(m.code) ?? 0) + 1);
    expect(codes.get('internal-error') ?? 0).toBe(0);
    expect(codes.get('schema-invalid') ?? 0).toBe(0);
    // The good report is published as if it were alone.
    const seedReport = report.files.find((f) => f.file === GOOD_SEED)!;
    expect(seedReport.entry).toMatch(/^departments\//);
    expect(output.has(seedReport.entry!)).toBe(true);
    expect(entries.find((e) => e.sources.some((s) => s.file === GOOD_SEED))?.sources.map((s) => s.file)).toEqual([GOOD_SEED]);
    expect(output.has('ingest-report.json')).toBe(true);
    // A hang guard: every PDF is bounded by the pool's time limit.
    expect(ms).toBeLessThan(60_000);
  });

  it('a PDF too slow for its worker is stopped at the time limit; the good report is still published', { timeout: 30_000 }, async () => {
    const files: [string, Uint8Array][] = [[GOOD_SEED, seedBytes(GOOD_SEED)], ['seeds/fuzz/twenty-thousand-pages.pdf', manyPagesPdf(20_000, 100)]];
    // Short, yet long enough for a fresh worker to load pdf.js on a busy machine (it counts against the file).
    const { report, ms } = await ingest(files, { timeoutMs: 5_000 });
    expectOutcome(report.files.find((f) => f.file.endsWith('twenty-thousand-pages.pdf')), { code: 'pdf-unreadable', message: /^读取这个 PDF 文件超过了 5 秒，已停止$/ });
    expect(report.files.find((f) => f.file === GOOD_SEED)?.entry).toMatch(/^departments\//);
    expect(ms).toBeLessThan(20_000);
  });

  it('a PDF too big for its worker is stopped at the memory limit; the good report is still published', { timeout: 60_000 }, async () => {
    const files: [string, Uint8Array][] = [[GOOD_SEED, seedBytes(GOOD_SEED)], ['seeds/fuzz/memory-hungry.pdf', memoryHungryPdf()]];
    const { report, ms } = await ingest(files, { memoryMb: 48 });
    expectOutcome(report.files.find((f) => f.file.endsWith('memory-hungry.pdf')), { code: 'pdf-unreadable', message: /^读取这个 PDF 文件需要超过 48 兆字节的内存，已停止$/ });
    expect(report.files.find((f) => f.file === GOOD_SEED)?.entry).toMatch(/^departments\//);
    expect(ms).toBeLessThan(30_000);
  });
});
