// End to end for the bench's PDF layout: a generated report printed by Chromium (as the bench
// prints its PDF corpus), read back by the project's own ingest, reproduces its truth exactly.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { memoryEffects } from '../helpers/memory-effects.ts';
import { runIngest } from '../../scripts/ingest/ingest.ts';
import { departmentRoster } from '../../scripts/bench/model/department.ts';
import { departmentYearFigures } from '../../scripts/bench/model/figures.ts';
import { chromiumPath, chromiumPrinter } from '../../scripts/bench/pdf/print.ts';
import type { PdfVariant } from '../../scripts/bench/pdf/variant.ts';
import { renderPdfReport } from '../../scripts/bench/report.ts';
import { compareTruth } from '../../scripts/bench/truth-compare.ts';

const browser = chromiumPath();
const available = existsSync(browser);
if (!available) console.warn(`${browser} is missing: the bench PDF print test is skipped (npm test installs Debian's chromium; or set CHROMIUM_PATH)`);

const SEED = 20240601;
const VARIANT: PdfVariant = {
  codes: 'split', zeros: 'blank', halfRuled: 0, repeatHeader: true, landscape: true, nameWidthEm: 8,
  threePublic: 'alternating', basicPanels: 2, totalFirst: false, lineNumbers: false, columnNumbers: false, grouped: false,
  font: 'serif', tableFontPt: 10, amountAlign: 'middle', departmentLine: false, pageNumbers: true, justify: false,
  inlineItems: true, coverYearFirst: false, cellPaddingPt: 3,
};

describe.skipIf(!available)('a generated PDF report, printed and ingested', () => {
  it('reproduces every figure of its truth', { timeout: 120_000 }, async () => {
    const [department] = departmentRoster(SEED, 1);
    const { figures } = departmentYearFigures(SEED, department, 2023, '万元');
    const report = renderPdfReport(SEED, department, figures, {
      file: 'reports/00000_print.pdf', layout: 'pdf', documentType: 'final-accounts', unit: '万元',
      lineEnding: 'lf', encoding: 'utf-8', fullWidthDigits: false, pdf: VARIANT,
    });
    const printer = await chromiumPrinter(1);
    let pdf: Uint8Array;
    try {
      pdf = await printer.print({ html: report.html, pageNumbers: VARIANT.pageNumbers });
    } finally {
      await printer.close();
    }
    expect(new TextDecoder('latin1').decode(pdf.subarray(0, 5))).toBe('%PDF-');

    const { effects } = memoryEffects({ [report.file]: pdf });
    const { entries, report: ingestReport } = await runIngest(effects);
    expect(ingestReport.files[0]).toMatchObject({ file: report.file, format: 'pdf', status: expect.stringMatching(/ok|warning/) });
    expect(ingestReport.files[0].pages).toBeGreaterThan(10);
    expect(entries).toHaveLength(1);
    const comparison = compareTruth(report.truth, entries[0]);
    expect(comparison.mismatches).toEqual([]);
    expect(comparison.fields).toBeGreaterThan(200);
  });
});
