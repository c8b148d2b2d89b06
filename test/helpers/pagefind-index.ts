// A Pagefind index read back in a form that does not depend on the order its pages were
// numbered in: each word's pages by URL with their word positions, each filter value's URLs,
// each page's word count. Two indexes of the same pages that search alike read back equal.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { CborReader } from '../../scripts/search/cbor.ts';

export interface ReadIndex {
  version: string;
  pages: Record<string, unknown[]>;
  words: Record<string, { pages: Record<string, unknown[]>; extra: unknown[] }>;
  filters: Record<string, Record<string, string[]>>;
  fields: string[];
  /** pagefind-entry.json without the meta file's name. */
  entry: unknown;
}

export function readPagefindIndex(dir: string): ReadIndex {
  const open = (file: string) => gunzipSync(readFileSync(join(dir, file)));
  const cbor = (file: string) => new CborReader(open(file).subarray('pagefind_dcd'.length)).value() as unknown[];
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string; wasm: unknown; page_count: number }> };
  const [language, ...others] = Object.keys(entry.languages);
  if (others.length) throw new Error('one language expected');
  const [version, pageList, chunks, filterList, , fields] = cbor(`pagefind.${entry.languages[language].hash}.pf_meta`) as [string, [string, ...unknown[]][], [string, string, string][], [string, string][], unknown, string[]];
  const urls = pageList.map(([hash]) => (JSON.parse(open(`fragment/${hash}.pf_fragment`).toString('utf8').slice('pagefind_dcd'.length)) as { url: string }).url);
  const pages = Object.fromEntries(pageList.map(([, ...rest], i) => [urls[i], rest]));
  const words: ReadIndex['words'] = {};
  for (const [, , hash] of chunks) {
    const [list] = cbor(`index/${hash}.pf_index`) as [[string, [number, ...unknown[]][], ...unknown[]][]];
    for (const [word, entries, ...extra] of list) {
      if (words[word]) throw new Error(`${word} in two chunks`);
      let page = 0;
      const byUrl: Record<string, unknown[]> = {};
      for (const [delta, ...rest] of entries) {
        page += delta;
        byUrl[urls[page]] = rest;
      }
      words[word] = { pages: byUrl, extra };
    }
  }
  const filters = Object.fromEntries(filterList.map(([name, hash]) => {
    const [, values] = cbor(`filter/${hash}.pf_filter`) as [string, [string, number[]][]];
    return [name, Object.fromEntries(values.map(([value, list]) => [value, list.map((p) => urls[p]).sort()]))];
  }));
  const languages = Object.fromEntries(Object.entries(entry.languages).map(([k, v]) => [k, { wasm: v.wasm, page_count: v.page_count }]));
  return { version, pages, words, filters, fields, entry: { ...entry, languages } };
}
