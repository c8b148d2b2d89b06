// Index the built site with Pagefind's Node API (the npm package runs the extended
// binary, which segments Chinese text). Each page is read, prepared for the index
// (search/prepare-page.ts: amounts masked, words split as browsers split queries) and
// handed to Pagefind as if it were the file on disk; which parts of a page count is
// decided by the pages' data-pagefind-* attributes.
import * as pagefind from 'pagefind';
import { readdir, readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { prepareForIndex } from './search/prepare-page.ts';

export async function buildSearchIndex(dist: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  try {
    const files = await htmlFiles(dist);
    const problems: string[] = [];
    // One page at a time: Pagefind numbers pages in the order they arrive, so concurrent adds
    // give a different index on every build (test/browser/reproducible.test.ts compares two).
    // While Pagefind's binary indexes one page, this process prepares the next.
    const prepare = async (file: string) => prepareForIndex(await readFile(join(dist, file), 'utf8'));
    let next = files.length ? await prepare(files[0]) : '';
    for (const [i, file] of files.entries()) {
      // A relative sourcePath: Pagefind derives the URL from it ("subjects/215/index.html" → "/subjects/215/").
      const adding = index.addHTMLFile({ sourcePath: file.split(sep).join('/'), content: next });
      next = i + 1 < files.length ? await prepare(files[i + 1]) : '';
      problems.push(...(await adding).errors);
    }
    if (problems.length) throw new Error(`pagefind: ${problems.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
    return { pages: files.length };
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
