// Join the lines of a report into paragraphs. The reports break sentences anywhere, often
// across a blank line or a page break ("…支出381.5\n\n万元，占5.0%"), so a line that does
// not end a sentence continues on the next non-blank line, unless that line starts
// something new. Each paragraph remembers which line every stretch of its text came from.
import type { Line } from '../types.ts';

export interface Paragraph {
  text: string;
  /** Line number of the first character. */
  line: number;
  /** Where each source line's text starts in `text`, in order. */
  spans: { start: number; line: number }[];
  /** A title such as "一、收入决算情况说明" or "（二）结构情况。", not a sentence. */
  heading: boolean;
}

const CHINESE_NUMERAL = '[一二三四五六七八九十]+';
/** 一、 / （一） / (一) / 1、 / 1. — the ways a paragraph or a title is numbered. */
const SECTION_NUMBER = new RegExp(`^${CHINESE_NUMERAL}、`);
const SUB_NUMBER = new RegExp(`^[（(]${CHINESE_NUMERAL}[)）]`);
const ITEM_NUMBER = /^\d{1,2}\s*[、.．](?!\d)/;
const PART = /^第[一二三四五六七八九十]部分/;
const SENTENCE_END = /[。！？!?]$/;
const SENTENCE_PUNCTUATION = /[，。：；,;:]/;
/** Budget-subject markers: a line holding them is an item, never a title. */
const SUBJECT_MARK = /[（(][类款项][)）]/;

/** Strip markdown heading marks, bold marks and indentation. */
export function cleanLine(text: string): { text: string; markdownHeading: boolean } {
  // Most lines have neither mark: test with includes before running a pattern.
  const markdownHeading = text.includes('#') && /^\s*#{1,6}\s/.test(text);
  let cleaned = markdownHeading ? text.replace(/^\s*#{1,6}\s+/, '') : text;
  if (cleaned.includes('**')) cleaned = cleaned.replace(/\*\*/g, '');
  // trim() removes exactly what \s matches, U+00A0 included.
  return { text: cleaned.trim(), markdownHeading };
}

/** A numbered title without sentence punctuation ("三、支出决算情况说明"): never continues. */
export function isTitle(text: string, markdownHeading = false): boolean {
  if (markdownHeading || PART.test(text)) return true;
  if (!SECTION_NUMBER.test(text) && !SUB_NUMBER.test(text)) return false;
  return !SENTENCE_PUNCTUATION.test(text) && !SUBJECT_MARK.test(text) && text.length <= 40;
}

/** A line that begins a new paragraph: a title, or a numbered section, sub-section or item. */
function startsParagraph(text: string, markdownHeading: boolean): boolean {
  return isTitle(text, markdownHeading) || SECTION_NUMBER.test(text) || SUB_NUMBER.test(text) || ITEM_NUMBER.test(text);
}

function glue(left: string, right: string): string {
  // Latin words split across lines keep a space; Chinese text and numbers do not.
  return /[A-Za-z]$/.test(left) && /^[A-Za-z]/.test(right) ? ' ' : '';
}

export function toParagraphs(lines: readonly Line[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let open: Paragraph | undefined;
  for (const line of lines) {
    const { text, markdownHeading } = cleanLine(line.text);
    if (text === '') continue;
    const joins = open && !open.heading && !SENTENCE_END.test(open.text) && !startsParagraph(text, markdownHeading);
    if (open && joins) {
      open.text += glue(open.text, text);
      open.spans.push({ start: open.text.length, line: line.no });
      open.text += text;
      continue;
    }
    open = { text, line: line.no, spans: [{ start: 0, line: line.no }], heading: isTitle(text, markdownHeading) };
    paragraphs.push(open);
  }
  return paragraphs;
}

/** The source line of the character at `offset`. */
export function lineAt(paragraph: Paragraph, offset: number): number {
  let line = paragraph.line;
  for (const span of paragraph.spans) {
    if (span.start > offset) break;
    line = span.line;
  }
  return line;
}
