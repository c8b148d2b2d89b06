// A report table as HTML: title, the 单位 line, a grid of cells (merged cells as colspan /
// rowspan), notes below. Chromium prints it; its rules are the cell borders.

export type CellRole = 'head' | 'code' | 'name' | 'num' | 'label' | 'center';

export interface HtmlCell {
  text: string;
  role: CellRole;
  cols?: number;
  rows?: number;
}

export interface HtmlTable {
  title: string;
  landscape: boolean;
  /** Relative column widths; `em` entries are fixed widths in em. */
  widths: ({ em: number } | { share: number })[];
  head: HtmlCell[][];
  body: HtmlCell[][];
  notes: string[];
  /** Horizontal rules only. */
  halfRuled: boolean;
  /** Header rows repeated on every page the table runs over (thead), or printed once (tbody). */
  repeatHeader: boolean;
  /** Left of the 单位 line, e.g. "部门：…". */
  meta?: string;
  unit: string;
  /** Table text size, when the report's size would not fit the page (see fitTable). */
  fontPt?: number;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ESCAPES[c]);
}

export const head = (text: string, cols = 1, rows = 1): HtmlCell => ({ text, role: 'head', cols, rows });
export const num = (text: string): HtmlCell => ({ text, role: 'num' });
export const code = (text: string): HtmlCell => ({ text, role: 'code' });
export const name = (text: string, cols = 1): HtmlCell => ({ text, role: 'name', cols });
export const label = (text: string, cols = 1): HtmlCell => ({ text, role: 'label', cols });
export const center = (text: string, cols = 1): HtmlCell => ({ text, role: 'center', cols });

function cellHtml(cell: HtmlCell, tag: 'td' | 'th'): string {
  const span = `${cell.cols && cell.cols > 1 ? ` colspan="${cell.cols}"` : ''}${cell.rows && cell.rows > 1 ? ` rowspan="${cell.rows}"` : ''}`;
  return `<${tag} class="${cell.role}"${span}>${escapeHtml(cell.text)}</${tag}>`;
}

function rowsHtml(rows: HtmlCell[][], tag: 'td' | 'th'): string {
  return rows.map((row) => `<tr>${row.map((c) => cellHtml(c, tag)).join('')}</tr>`).join('\n');
}

function colgroup(widths: HtmlTable['widths']): string {
  const fixed = widths.reduce((s, w) => s + ('em' in w ? w.em : 0), 0);
  const shares = widths.reduce((s, w) => s + ('share' in w ? w.share : 0), 0);
  const cols = widths.map((w) => {
    const width = 'em' in w ? `${w.em}em` : `calc((100% - ${fixed}em) * ${(w.share / shares).toFixed(4)})`;
    return `<col style="width:${width}">`;
  });
  return `<colgroup>${cols.join('')}</colgroup>`;
}

/** Content width of an A4 page in points, between the margins of document.ts's @page rules. */
const PAGE_WIDTH_PT = { portrait: 470, landscape: 739 };
/** Width of a digit, a separator or the point, in em (Noto CJK's proportional figures, with room to spare). */
const DIGIT_EM = 0.6;
const MIN_SHARE_EM = 6;
const MIN_FONT_PT = 6;

/**
 * Amount columns as wide as the longest amount and the cell's padding (amounts never wrap
 * and must not run into the next cell), and the table's text made smaller, as a word
 * processor's "fit to page" does, when that and the fixed columns would leave the name
 * columns less than 6 em (three lines for the longest names).
 */
export function fitTable(table: HtmlTable, fontPt: number, paddingPt: number): HtmlTable {
  const longest = new Map<number, number>();
  for (const row of table.body) {
    let column = 0;
    for (const cell of row) {
      if (cell.role === 'num' && (cell.cols ?? 1) === 1) longest.set(column, Math.max(longest.get(column) ?? 0, cell.text.length));
      column += cell.cols ?? 1;
    }
  }
  const available = PAGE_WIDTH_PT[table.landscape ? 'landscape' : 'portrait'];
  const shares = table.widths.filter((w, i) => 'share' in w && !longest.has(i)).length;
  // Every amount column as wide as the widest, as report tables are drawn.
  const chars = Math.max(0, ...longest.values());
  const layout = (size: number) => {
    const widths = table.widths.map((w, i) => {
      if (!longest.has(i)) return w;
      const need = Math.max(3.5, chars * DIGIT_EM + (2 * paddingPt + 2) / size);
      return 'em' in w ? { em: Math.max(w.em, need) } : { em: need };
    });
    const fixed = widths.reduce((s, w) => s + ('em' in w ? w.em : 0), 0);
    return { widths, fits: Math.floor((available / (fixed + shares * MIN_SHARE_EM)) * 10) / 10 };
  };
  let size = fontPt;
  let { widths, fits } = layout(size);
  // Smaller text makes the padding a larger share of an em: settle in a few rounds.
  for (let round = 0; round < 4 && fits < size && size > MIN_FONT_PT; round++) {
    size = Math.max(MIN_FONT_PT, fits);
    ({ widths, fits } = layout(size));
  }
  return { ...table, widths, ...(size < fontPt ? { fontPt: size } : {}) };
}

export function tableHtml(table: HtmlTable): string {
  const headRows = rowsHtml(table.head, 'th');
  const grid = table.repeatHeader
    ? `<thead>\n${headRows}\n</thead>\n<tbody>\n${rowsHtml(table.body, 'td')}\n</tbody>`
    : `<tbody>\n${headRows}\n${rowsHtml(table.body, 'td')}\n</tbody>`;
  const section = table.landscape ? 'table-page landscape' : 'table-page';
  return [
    `<section class="${section}">`,
    `<h3 class="table-title">${escapeHtml(table.title)}</h3>`,
    `<div class="table-meta"><span>${escapeHtml(table.meta ?? '')}</span><span>单位：${escapeHtml(table.unit)}</span></div>`,
    `<table class="${table.halfRuled ? 'grid half' : 'grid'}"${table.fontPt ? ` style="font-size:${table.fontPt}pt"` : ''}>${colgroup(table.widths)}`,
    grid,
    '</table>',
    ...table.notes.map((n) => `<p class="note">${escapeHtml(n)}</p>`),
    '</section>',
  ].join('\n');
}
