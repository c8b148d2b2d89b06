// Landscape tables reach the reader three ways: a landscape page, a portrait page with
// /Rotate 90, and a table drawn turned on a portrait sheet. Each reads as the same rows.
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../scripts/ingest/pdf/read.ts';
import { buildPdf, UnicodeFont } from '../helpers/pdf-build.ts';

const font = new UnicodeFont();
const ROWS = [['科目编码', '科目名称', '合计'], ['208', '社会保障和就业支出', '754.75'], ['210', '卫生健康支出', '236.64']];
const XS = [60, 140, 300, 400];
const TOP = 500;
const HEIGHT = 24;

/** The table in upright page space (y up), rows of cells with their rules. */
function tableContent(): string {
  let content = '0.5 w\n';
  for (let r = 0; r <= ROWS.length; r++) content += `${XS[0]} ${TOP - r * HEIGHT} m ${XS.at(-1)} ${TOP - r * HEIGHT} l S\n`;
  for (const x of XS) content += `${x} ${TOP} m ${x} ${TOP - ROWS.length * HEIGHT} l S\n`;
  ROWS.forEach((cells, r) => cells.forEach((text, c) => {
    content += `BT /U 10 Tf ${XS[c] + 4} ${TOP - (r + 1) * HEIGHT + 8} Td <${font.encode(text)}> Tj ET\n`;
  }));
  return `BT /U 14 Tf 200 560 Td <${font.encode('支出决算表')}> Tj ET\n${content}`;
}

const upright = tableContent();

async function rowsOf(bytes: Uint8Array): Promise<string[][]> {
  const reading = await readPdf(bytes);
  if (!reading.ok) throw new Error(reading.message);
  return reading.lines.filter((l) => l.cells).map((l) => l.cells!);
}

describe('orientation', () => {
  it('a landscape page', async () => {
    expect(await rowsOf(buildPdf([{ width: 842, height: 595, content: upright }], { font }))).toEqual(ROWS);
  });

  it('a portrait page turned by /Rotate 90', async () => {
    // The page's content is drawn for a landscape view: the viewer turns the sheet.
    const turned = `q 0 1 -1 0 595 0 cm\n${upright}Q\n`;
    expect(await rowsOf(buildPdf([{ width: 595, height: 842, content: turned, rotate: 270 }], { font }))).toEqual(ROWS);
  });

  it('a table drawn turned on a portrait sheet, with no /Rotate', async () => {
    const turned = `q 0 1 -1 0 595 0 cm\n${upright}Q\n`;
    expect(await rowsOf(buildPdf([{ width: 595, height: 842, content: turned }], { font }))).toEqual(ROWS);
  });
});
