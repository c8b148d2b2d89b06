// The layout of pdfjs's constructPath arguments, which pdf/rules.ts reads (it changed in
// pdfjs 5; pdfjs-dist is pinned and this fixture guards it): a tiny PDF drawing a stroked
// line, a thin filled rectangle, a cell-sized filled rectangle, a line under a transform and a
// white rectangle, read back as operators and as rules in page coordinates (y downwards).
import { describe, expect, it } from 'vitest';
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { closePdf, openPdf, readPage } from '../../scripts/ingest/pdf/load.ts';
import { buildPdf } from '../helpers/pdf-build.ts';

const HEIGHT = 842;
const DRAWING = [
  '0 G 1 w 50 700 m 300 700 l S', // a stroked rule
  '0 g 50 600 250 0.5 re f', // a thin filled rectangle: Word's way of drawing a rule
  '0 g 50 400 100 30 re f', // a filled cell: its four edges
  'q 2 0 0 2 10 20 cm 0 G 0.5 w 100 100 m 100 150 l S Q', // a vertical rule under a transform
  '1 g 300 300 100 1 re f', // white: a background, not a rule
].join('\n');

async function openDrawing() {
  const opened = await openPdf(buildPdf([{ content: DRAWING }]));
  if ('code' in opened) throw new Error(opened.message);
  return opened;
}

describe('pdfjs constructPath, as pdf/rules.ts reads it', () => {
  it('is [paint operator, [path data], min-max box], the path as move 0, line 1, close 4 in user space', async () => {
    const { task } = await openDrawing();
    const operators = await (await (await task.promise).getPage(1)).getOperatorList();
    const paths = [...operators.fnArray.keys()].filter((i) => operators.fnArray[i] === OPS.constructPath)
      .map((i) => operators.argsArray[i] as [number, Float32Array[], Float32Array])
      .map(([paint, [path], minMax]) => [paint, [...path], [...minMax]]);
    await closePdf(task);
    expect(paths).toEqual([
      [OPS.stroke, [0, 50, 700, 1, 300, 700], [50, 700, 300, 700]],
      [OPS.fill, [0, 50, 600, 1, 300, 600, 1, 300, 600.5, 1, 50, 600.5, 4], [50, 600, 300, 600.5]],
      [OPS.fill, [0, 50, 400, 1, 150, 400, 1, 150, 430, 1, 50, 430, 4], [50, 400, 150, 430]],
      [OPS.stroke, [0, 100, 100, 1, 100, 150], [100, 100, 100, 150]], // the transform stays a separate operator
      [OPS.fill, [0, 300, 300, 1, 400, 300, 1, 400, 301, 1, 300, 301, 4], [300, 300, 400, 301]],
    ]);
  });

  it('gives the rules in page coordinates: the line, the thin rectangle as its middle, the cell as its edges', async () => {
    const { task } = await openDrawing();
    const page = await readPage(task, 1);
    await closePdf(task);
    const y = (up: number) => HEIGHT - up;
    expect(page.segments).toEqual([
      { x1: 50, y1: y(700), x2: 300, y2: y(700) },
      { x1: 50, y1: y(600.25), x2: 300, y2: y(600.25) },
      { x1: 50, y1: y(430), x2: 150, y2: y(430) },
      { x1: 150, y1: y(430), x2: 150, y2: y(400) },
      { x1: 50, y1: y(400), x2: 150, y2: y(400) },
      { x1: 50, y1: y(430), x2: 50, y2: y(400) },
      { x1: 210, y1: y(320), x2: 210, y2: y(220) }, // (100,100)–(100,150) scaled by 2, moved by (10,20)
    ]);
    expect(page).toMatchObject({ width: 595, height: HEIGHT, words: [], imageCover: 0 });
  });
});
