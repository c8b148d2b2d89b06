// Text extracted from PDFs breaks paragraphs where the page ended: "…381.5" / "" / "万元，…"
// in seeds/000, "…其他科学技" / "" / "术支出（项）。" in seeds/004. These helpers make such
// breaks, never inside a number, so no figure is lost (the ingest has to join the parts).
import type { Random } from '../random.ts';

const UNSAFE = /[0-9０-９.,．%％]/;

/** Split a paragraph at a random safe position: [text] or [head, '', tail]. */
export function pageBreak(rng: Random, text: string, probability: number): string[] {
  if (text.length < 12 || !rng.chance(probability)) return [text];
  for (let attempt = 0; attempt < 8; attempt++) {
    const at = rng.int(4, text.length - 4);
    if (!UNSAFE.test(text[at - 1]) && !UNSAFE.test(text[at])) return [text.slice(0, at), '', text.slice(at)];
  }
  return [text];
}

/** Split after a "、" or "，" (how seeds/000 breaks a long reason across pages). */
export function breakAfterPunctuation(rng: Random, text: string): string[] {
  const stops = [...text.matchAll(/[、，]/g)].map((m) => m.index! + 1).filter((i) => i > 6 && i < text.length - 4);
  if (stops.length === 0) return [text];
  const at = rng.pick(stops);
  return [text.slice(0, at), '', text.slice(at)];
}
