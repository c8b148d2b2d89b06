// Index the built site with Pagefind's Node API (the npm package runs the extended
// binary, which segments Chinese text). Each page is read, prepared for the index
// (search/prepare-page.ts: amounts masked, words split as browsers split queries) and
// handed to Pagefind as if it were the file on disk; which parts of a page count is
// decided by the pages' data-pagefind-* attributes.
import * as pagefind from 'pagefind';
import { readdir, readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { prepareForIndex } from './search/prepare-page.ts';

const BODY = /\sdata-pagefind-body(?=[\s=>/])/;

export async function buildSearchIndex(dist: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  try {
    const files = await htmlFiles(dist);
    const problems: string[] = [];
    // Pagefind indexes only the pages marked data-pagefind-body once any page has it: the
    // others (a report's full text under /sources/) are not even handed over.
    const prepare = async (from: number): Promise<{ at: number; content: string } | undefined> => {
      for (let at = from; at < files.length; at++) {
        const html = await readFile(join(dist, files[at]), 'utf8');
        if (BODY.test(html)) return { at, content: prepareForIndex(html) };
      }
      return undefined;
    };
    // One page at a time: Pagefind numbers pages in the order they arrive, so concurrent adds
    // give a different index on every build (test/browser/reproducible.test.ts compares two).
    // While Pagefind's binary indexes one page, this process prepares the next.
    let pages = 0;
    for (let next = await prepare(0); next; ) {
      // A relative sourcePath: Pagefind derives the URL from it ("subjects/215/index.html" → "/subjects/215/").
      const adding = index.addHTMLFile({ sourcePath: files[next.at].split(sep).join('/'), content: next.content });
      next = await prepare(next.at + 1);
      problems.push(...(await adding).errors);
      pages++;
    }
    if (pages === 0 && files.length > 0) throw new Error('pagefind: no page is marked data-pagefind-body (src/layouts/BaseLayout.astro marks the pages to index)');
    if (problems.length) throw new Error(`pagefind: ${problems.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
    return { pages };
  } finally {
    await pagefind.close();
  }
}

/** Every HTML page of the build, relative to it, in a stable order; Pagefind's own output excluded. */
async function htmlFiles(dist: string): Promise<string[]> {
  const all = await readdir(dist, { recursive: true });
  return all
    .filter((f) => f.endsWith('.html') && !f.startsWith(`pagefind${sep}`))
    .sort();
}
