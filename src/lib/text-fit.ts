// Rough text measurement for SVG labels rendered at build time (no browser to ask).
// CJK glyphs (and the ellipsis, in CJK fonts) are about 1em wide, Latin digits and punctuation about 0.6em.

export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) ems += /[\u2026\u2E80-\uFFEF]/.test(ch) ? 1 : 0.6;
  return ems * fontSize;
}

/** `text` cut to fit `width`, with an ellipsis; empty when not even one glyph fits. */
export function fitText(text: string, width: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= width) return text;
  let out = '';
  for (const ch of text) {
    if (textWidth(`${out}${ch}…`, fontSize) > width) break;
    out += ch;
  }
  return out ? `${out}…` : '';
}
