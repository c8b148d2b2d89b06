// Where the tables are in text without cell separators: runs of lines of two or more
// columns (words far apart) with amounts among them, with the blank lines and short pieces
// (a wrapped name, a header word) between them; cut at titles, notes, units, part headings
// and page breaks. Used for space-aligned text and for the unruled tables of a PDF page.
import type { PdfWord } from '../pdf/load.ts';
import { titleKind } from '../tables/kinds.ts';

export interface RegionLine {
  text: string;
  /** The line's words (or phrases): two or more make it a table line. */
  words: readonly PdfWord[];
  page?: number;
}

const AMOUNT = /^-?[\d,]*\d\.\d{2}$/;
const SENTENCE = /[，。；：！？,;]/;

type Kind = 'blank' | 'table' | 'fragment' | 'other';

function kindOf(line: RegionLine): Kind {
  const text = line.text.trim();
  if (text === '') return 'blank';
  if (isBoundary(text)) return 'other';
  if (line.words.length >= 2) return 'table';
  // A short piece of a wrapped name or header, or amounts alone on their line.
  if (AMOUNT.test(text) || (text.length <= 30 && !SENTENCE.test(text))) return 'fragment';
  return 'other';
}

/** Lines a table never runs across: titles, notes, units, part headings. */
function isBoundary(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  return titleKind(t) !== undefined || /^(注|说明)\s*\d*\s*[:：]/.test(t) || /^(金额)?单位[:：]/.test(t)
    || /^第[一二三四五六七八九十]+部分/.test(t) || /^[（(]?续表?[)）]?$/.test(t);
}

/**
 * [first, last] indexes of the table regions: runs of table lines (with blank lines and
 * fragments between them) holding at least one amount, cut at page breaks.
 */
export function tableRegions(lines: readonly RegionLine[]): [number, number][] {
  const kinds = lines.map(kindOf);
  const regions: [number, number][] = [];
  let start = -1;
  let last = -1;
  const close = () => {
    if (start >= 0 && last >= start) {
      const body = lines.slice(start, last + 1);
      const amounts = body.filter((l) => l.words.some((w) => AMOUNT.test(w.text))).length;
      const tables = kinds.slice(start, last + 1).filter((k) => k === 'table').length;
      if (amounts >= 1 && tables >= 2) regions.push([start, last]);
      else if (tables >= 3 && amounts === 0 && isEmptyTable(lines, start)) regions.push([start, last]);
    }
    start = -1;
    last = -1;
  };
  lines.forEach((line, i) => {
    const kind = kinds[i];
    const newPage = start >= 0 && line.page !== undefined && line.page !== lines[start].page;
    if (newPage) close();
    if (kind === 'table') {
      if (start < 0) start = i;
      last = i;
    } else if (kind === 'other') close();
    else if (kind === 'fragment' && start < 0 && followedByTable(kinds, i)) start = i;
  });
  close();
  return regions;
}

/** A fragment that opens a table: a header word just above its table lines. */
function followedByTable(kinds: readonly Kind[], i: number): boolean {
  for (let k = i + 1, seen = 0; k < kinds.length && seen < 4; k++) {
    if (kinds[k] === 'table') return true;
    if (kinds[k] === 'other') return false;
    if (kinds[k] === 'fragment') seen++;
  }
  return false;
}

/** A header without rows under a table title ("故本表无数据"): kept as a table too. */
function isEmptyTable(lines: readonly RegionLine[], start: number): boolean {
  for (let k = start - 1; k >= 0 && k >= start - 6; k--) {
    const text = lines[k].text.trim();
    if (text && titleKind(text.replace(/\s+/g, ''))) return true;
  }
  return false;
}

