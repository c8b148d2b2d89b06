// The real published report in ../shared/real (read from there, never copied into the
// project), and what the tests need to know about its structure.
import { existsSync, readFileSync } from 'node:fs';

export const REAL_PDF = '../shared/real/putuo_guihua_2024.pdf';
export const REAL_DEPARTMENT = '上海市普陀区规划和自然资源局';
export const realPdfAvailable = existsSync(REAL_PDF);

export function realPdf(): Uint8Array {
  return new Uint8Array(readFileSync(REAL_PDF));
}

/**
 * Where the report's cross-reference stream ends (85% into the file). pdf.js rebuilds a cut
 * file by scanning it for objects, but it needs a trailer or a cross-reference stream to find
 * the catalog, and Word writes its only ones near the end: a cut before this offset cannot be
 * opened; a cut after it still holds every page (only the file's last incremental update is lost).
 */
export function crossReferenceStreamEnd(bytes: Uint8Array): number {
  const text = new TextDecoder('latin1').decode(bytes);
  const start = text.search(/\/Type\s*\/XRef\b/);
  if (start < 0) throw new Error('no cross-reference stream');
  return text.indexOf('endstream', start) + 'endstream'.length;
}
