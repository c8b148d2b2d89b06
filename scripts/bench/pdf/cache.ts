// Printed PDFs, cached by what was printed: the HTML (which holds every figure and variant of
// the report, so a change to the generator gives new keys), the footer choice and the print
// settings' version. Chromium takes about a second per report; the cache makes a second
// bench run of the same corpus cost nothing to generate.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { PrintJob } from './print.ts';

/** Bump when print.ts changes how a page is printed. */
export const PRINT_VERSION = 1;

export const DEFAULT_PDF_CACHE = 'node_modules/.cache/portal-bench/pdf-cache';

export function printKey(job: PrintJob): string {
  return createHash('sha256').update(`portal-bench-pdf ${PRINT_VERSION}\n${job.pageNumbers ? 'numbered' : 'plain'}\n${job.html}`).digest('hex');
}

export class PdfCache {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  path(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.pdf`);
  }

  has(key: string): boolean {
    return existsSync(this.path(key));
  }

  put(key: string, pdf: Uint8Array): void {
    const target = this.path(key);
    mkdirSync(dirname(target), { recursive: true });
    // Write then rename, so an interrupted run never leaves half a PDF under its key.
    const partial = `${target}.${process.pid}.partial`;
    writeFileSync(partial, pdf);
    renameSync(partial, target);
  }

  /** Put the cached PDF at `target`: a hard link where the file system allows, else a copy. */
  place(key: string, target: string): void {
    rmSync(target, { force: true });
    try {
      linkSync(this.path(key), target);
    } catch {
      copyFileSync(this.path(key), target);
    }
  }
}
