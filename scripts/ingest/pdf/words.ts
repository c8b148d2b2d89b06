// Positioned words → text: words on one baseline form a line, read left to right; CJK
// characters need no space between them (distributed justification spreads "因 公 出 国"
// across a cell), other words keep one where the page leaves a gap.
import type { PdfWord } from './load.ts';

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’]/;

/** Words whose baselines lie within 40% of their size of each other, top to bottom, each left to right. */
export function groupLines(words: readonly PdfWord[]): PdfWord[][] {
  const sorted = [...words].sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);
  const lines: { baseline: number; size: number; words: PdfWord[] }[] = [];
  for (const word of sorted) {
    const line = lines.findLast((l) => Math.abs(l.baseline - word.baseline) <= Math.max(l.size, word.size) * 0.4);
    if (line) line.words.push(word);
    else lines.push({ baseline: word.baseline, size: word.size, words: [word] });
  }
  return lines.map((l) => l.words.sort((a, b) => a.x0 - b.x0));
}

/** One line's words as text. */
export function joinLine(words: readonly PdfWord[]): string {
  let text = '';
  let previous: PdfWord | undefined;
  for (const word of words) {
    if (previous) {
      const gap = word.x0 - previous.x1;
      const em = Math.max(previous.size, word.size);
      const bothCjk = CJK.test(text.at(-1)!) && CJK.test(word.text[0]);
      if (bothCjk ? gap > em * 2 : gap > em * 0.25) text += ' ';
    }
    text += word.text;
    previous = word;
  }
  return text;
}

/** A cell's words as text: its lines joined (without a space where either side is CJK). */
export function joinCell(words: readonly PdfWord[]): string {
  let text = '';
  for (const line of groupLines(words)) {
    const part = joinLine(line).replace(/(?<=[\u2e80-\u9fff（）])\s+(?=[\u2e80-\u9fff（）])/g, '');
    if (text && part) text += CJK.test(text.at(-1)!) || CJK.test(part[0]) ? '' : ' ';
    text += part;
  }
  return text;
}

export const centreX = (w: PdfWord) => (w.x0 + w.x1) / 2;
export const centreY = (w: PdfWord) => (w.top + w.bottom) / 2;
