// Page weight over a built site: every department-year page weighed (measure-page-weight.ts),
// summarised as median and max.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isDepartmentYearPage, pageWeight, type PageWeight } from './measure-page-weight.ts';

export interface WeightSummary {
  pages: number;
  /** Gzipped bytes of a page with everything it loads. */
  medianGzip: number;
  maxGzip: number;
  /** The heaviest page and its parts (gzipped bytes). */
  maxPage: string;
  maxHtmlGzip: number;
  maxCssGzip: number;
  maxJsGzip: number;
  maxSvgGzip: number;
  /** The heaviest page's uncompressed bytes. */
  maxRaw: number;
}

export function median(values: readonly number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2);
}

export function summariseWeights(weights: readonly PageWeight[]): WeightSummary {
  const heaviest = weights.reduce<PageWeight | undefined>((max, w) => (!max || w.gzip.total > max.gzip.total ? w : max), undefined);
  return {
    pages: weights.length,
    medianGzip: median(weights.map((w) => w.gzip.total)),
    maxGzip: heaviest?.gzip.total ?? 0,
    maxPage: heaviest?.page ?? '',
    maxHtmlGzip: heaviest?.gzip.html ?? 0,
    maxCssGzip: heaviest?.gzip.css ?? 0,
    maxJsGzip: heaviest?.gzip.js ?? 0,
    maxSvgGzip: heaviest?.gzip.svg ?? 0,
    maxRaw: heaviest?.raw ?? 0,
  };
}

export function measureDepartmentYearWeights(dist: string, base = '/'): WeightSummary {
  const entries = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  const files = new Set(entries.map((e) => relative(dist, join(e.parentPath, e.name)).split(sep).join('/')));
  const cache = new Map<string, Uint8Array | undefined>();
  const read = (file: string) => {
    if (!cache.has(file)) {
      try {
        cache.set(file, readFileSync(join(dist, file)));
      } catch {
        cache.set(file, undefined);
      }
    }
    return cache.get(file);
  };
  const pages = [...files].filter(isDepartmentYearPage).sort();
  // Pages are read once each; only shared assets stay cached.
  const weights = pages.map((page) => {
    const weight = pageWeight(page, files, read, base);
    cache.delete(page);
    return weight;
  });
  return summariseWeights(weights);
}
