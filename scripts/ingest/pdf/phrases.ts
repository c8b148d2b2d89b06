// A line's words joined into phrases: the words of one cell, one label, one sentence. Used to
// find a page's tables without rules and to read the cells of those ruled only across.
import type { PdfWord } from './load.ts';
import { joinLine } from './words.ts';

const NUMBER = /^-?[\d,]*\d(\.\d+)?$/;

/** An open span of x, [from, to]. */
export type Gap = [number, number];

/**
 * A line's words joined into phrases where they stand close (a name spread across its cell
 * is one phrase); a gap of one and a half characters or more separates columns. In a table
 * (`inTable`: inside its rules, or a run of lines found to be one) a number (an amount, a
 * code) is a phrase of its own: a right-aligned amount can stand closer than that to the
 * left-aligned cell after it. Outside them a number stays in its sentence. `gaps`: the open
 * space around each column boundary known already (columnGap): the first space between two
 * words, a third of a character apart or more, that reaches into it parts two phrases (two
 * cells' words).
 */
export function phrasesOf(words: readonly PdfWord[], inTable: boolean, gaps: readonly Gap[] = []): PdfWord[] {
  const phrases: PdfWord[][] = [];
  const open = new Set(gaps);
  const labels = inTable && !words.some((w) => NUMBER.test(w.text));
  const runs = runLengths(words);
  words.forEach((word, i) => {
    const last = phrases.at(-1)?.at(-1);
    const numbers = inTable && (NUMBER.test(word.text) || NUMBER.test(last?.text ?? ''));
    const em = Math.max(last?.size ?? 0, word.size);
    const apart = last !== undefined && word.x0 - last.x1 > em / 3;
    const reached = apart ? [...open].filter(([from, to]) => word.x0 > from && last.x1 < to) : [];
    reached.forEach((gap) => open.delete(gap));
    const cut = reached.length > 0;
    // In a line of labels (a header's: no number in it), two runs of text, one of them longer
    // than a character, a third of a character apart or more: two cells' labels (预算数 决算数,
    // 小计 车购置; a spread label is spread one character at a time). A row's name may hold a space.
    const spaced = labels && apart && (runs[i - 1] > 1 || runs[i] > 1);
    if (last && !numbers && !cut && !spaced && word.x0 - last.x1 < em * 1.5) phrases.at(-1)!.push(word);
    else phrases.push([word]);
  });
  return phrases.map((group) => ({
    text: joinLine(group), x0: group[0].x0, x1: group.at(-1)!.x1,
    top: Math.min(...group.map((w) => w.top)), bottom: Math.max(...group.map((w) => w.bottom)),
    baseline: group[0].baseline, size: Math.max(...group.map((w) => w.size)),
  }));
}

/** For each word, the characters of its run: the words set a third of a character apart or closer (小 计 → 2). */
function runLengths(words: readonly PdfWord[]): number[] {
  const start: number[] = [];
  words.forEach((w, i) => {
    const previous = words[i - 1];
    start.push(previous && w.x0 - previous.x1 <= Math.max(w.size, previous.size) / 3 ? start[i - 1] : i);
  });
  const chars = new Map<number, number>();
  words.forEach((w, i) => chars.set(start[i], (chars.get(start[i]) ?? 0) + [...w.text].length));
  return start.map((s) => chars.get(s)!);
}
