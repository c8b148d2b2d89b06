// The text reader: decoded report text → numbered lines, with number-relevant full-width
// characters folded to ASCII, and the cells of every table row (a tab-separated line or a
// markdown pipe row) split out. Only this reader knows that tabs and pipes separate cells;
// everything after it sees `Line.cells`.

export interface Line {
  /**
   * 1-based line number: the line of the source file for text, of the reader's text
   * rendering for a PDF.
   */
  no: number;
  /** The line without its terminator, digits and number punctuation folded to ASCII. */
  text: string;
  /** A table row: its cells as printed (markup removed, trimmed), a blank cell ''. */
  cells?: string[];
  /** PDF: the 1-based page the line is printed on. */
  page?: number;
  /** A row printed over several source lines (wrapped names): its last line, when not `no`. */
  end?: number;
  /** Which raw table of the document (`ReadDocument.grids`) the row belongs to. */
  grid?: number;
  /**
   * A row read from drawn cells: per cell, n ≥ 1 when it spans n columns, 0 when the cell to
   * its left covers it, -1 when the cell above covers it (merged cells).
   */
  spans?: number[];
}

const FULLWIDTH_DIGIT = /[\uFF10-\uFF19]/g;
const FOLDABLE = /[\uFF05\uFF0B\uFF0C-\uFF19\u3000\u2E80-\u2FDF]/;
const RADICAL = /[\u2E80-\u2FDF]/g;

/**
 * Radicals some PDF producers map their glyphs to (⽀ for 支, ⻔ for 门): the ideograph they
 * stand for. Kangxi radicals decompose under NFKC; the simplified supplement radicals do not.
 */
const SIMPLIFIED_RADICALS: Record<string, string> = {
  '⻅': '见', '⻆': '角', '⻉': '贝', '⻋': '车', '⻓': '长', '⻔': '门', '⻘': '青', '⻙': '韦', '⻚': '页', '⻛': '风',
  '⻜': '飞', '⻝': '食', '⻢': '马', '⻣': '骨', '⻤': '鬼', '⻥': '鱼', '⻦': '鸟', '⻧': '卤', '⻨': '麦', '⻩': '黄',
  '⻪': '黾', '⻬': '齐', '⻮': '齿', '⻰': '龙', '⻳': '龟', '⺠': '民',
};

function unRadical(char: string): string {
  return SIMPLIFIED_RADICALS[char] ?? char.normalize('NFKC');
}

/** Fold full-width digits, ．, ％, －, ＋, the full-width space and radicals; keep everything else. */
export function foldWidth(text: string): string {
  // Most lines have nothing to fold; testing first spares six replace passes per line.
  if (!FOLDABLE.test(text)) return text;
  return text
    .replace(RADICAL, unRadical)
    .replace(FULLWIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/\uFF0E/g, '.')
    .replace(/\uFF05/g, '%')
    .replace(/\uFF0D/g, '-')
    .replace(/\uFF0B/g, '+')
    .replace(/\u3000/g, ' ')
    // a full-width comma between digit groups is a thousands separator: １，５０５ → 1,505
    .replace(/(\d)\uFF0C(?=\d{3}(?!\d))/g, '$1,');
}

/** Split text into lines (LF, CRLF or CR), fold widths and split the cells of table rows. */
export function toLines(text: string): Line[] {
  return text.split(/\r\n|\r|\n/).map((raw, i) => textLine(i + 1, foldWidth(raw)));
}

const PIPE_ROW = /^\s*\|.*\|\s*$/;

function textLine(no: number, text: string): Line {
  if (!text.includes('\t') && !(text.includes('|') && PIPE_ROW.test(text))) return { no, text };
  const cells = splitCells(text);
  // A markdown separator row (|---|:---:|) draws a rule: no row, no text.
  if (isPipeRule(cells)) return { no, text: '' };
  return { no, text, cells };
}

/** Remove bold markup and surrounding blanks; the text otherwise stays as printed. */
export function cleanCell(raw: string): string {
  // Markup is rare; every cell of every table passes here.
  return (raw.includes('<') || raw.includes('**') ? raw.replace(/<\/?b>|\*\*/g, '') : raw).trim();
}

/** Cells of a tab-separated or markdown pipe row. */
export function splitCells(text: string): string[] {
  // Markup is tested once per line rather than once per cell.
  const clean = text.includes('<') || text.includes('**') ? cleanCell : (cell: string) => cell.trim();
  const t = text.trim();
  if (!text.includes('\t') && t.startsWith('|') && t.endsWith('|')) {
    return t.slice(1, -1).split('|').map(clean);
  }
  return text.split('\t').map(clean);
}

/** A markdown separator row such as |---|:---:|. */
function isPipeRule(cells: string[]): boolean {
  return cells.length > 0 && cells.every((c) => /^:?-{3,}:?$/.test(c));
}
