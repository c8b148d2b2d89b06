// Space-aligned text (pdftotext -layout and the like): the table regions of the text get
// their cells from character columns. (First version: detection only.)
import type { Line } from '../text.ts';

export function looksSpaceAligned(_lines: readonly Line[]): boolean {
  return false;
}

export function readLayout(lines: Line[]): Line[] {
  return lines;
}
