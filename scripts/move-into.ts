// Moves a folder's contents into another folder that may already hold some of the same
// subfolders: each entry is renamed into place (no bytes copied), and a folder both hold is
// merged entry by entry. The build writes the downloads and the published reports into a
// folder beside dist/ while Pagefind indexes the pages, and moves them in when both are done;
// the astro builds that render their shares of the pages at once (scripts/astro-build.ts) are
// merged the same way. Two files at one path is an error (neither is the one to keep), unless
// they are asked to be and are byte-identical.
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * Moves the last build's `dist` out of the way at once (a rename beside it) and removes it in
 * the background: `astro build` would otherwise empty it file by file before it renders anything
 * (at 5,000 department-years, some 60,000 files, most of them downloads). `removed` settles when
 * the old files are gone. Where `dist` cannot be renamed (a mount point), it is left
 * for astro to empty.
 */
export async function setAside(dist: string): Promise<{ removed: Promise<void> }> {
  const old = beside(dist, `old-${process.pid}`);
  try {
    await rename(resolve(dist), old);
  } catch {
    return { removed: Promise.resolve() };
  }
  // In an object: a promise returned from an async function would be waited for.
  return { removed: rm(old, { recursive: true, force: true }) };
}

/**
 * A step of the build and the steps that write beside `dist` into a staging folder, at once
 * (the staging folder emptied first); both run to their end before either failure counts; the
 * staged files are moved in when the step succeeded (`succeeded` tells from its result, for
 * callers whose steps answer rather than throw).
 */
export async function besideStep<A, B>(dist: string, steps: { step: () => Promise<A>; beside: (staging: string) => Promise<B>; succeeded?: (result: A) => boolean }): Promise<{ step: PromiseSettledResult<A>; beside: PromiseSettledResult<B> }> {
  const staging = stagingFolder(dist);
  await rm(staging, { recursive: true, force: true });
  const [step, beside] = await Promise.allSettled([steps.step(), steps.beside(staging)]);
  if (step.status === 'fulfilled' && (steps.succeeded?.(step.value) ?? true)) await moveInto(staging, dist);
  return { step, beside };
}

/** Where the files written beside `dist` wait for it: a hidden folder next to it, on the same file system. */
export function stagingFolder(dist: string): string {
  return beside(dist, 'staging');
}

/** `.dist-<what>` next to `dist`: hidden, and on its file system, so a rename moves it. */
export function beside(dist: string, what: string): string {
  const full = resolve(dist);
  return join(dirname(full), `.${basename(full)}-${what}`);
}

/**
 * With `identical`, a file both folders hold is kept once when its bytes are the same in both
 * (the pages and assets every astro build writes); otherwise it is an error.
 */
export async function moveInto(from: string, to: string, options: { identical?: boolean } = {}): Promise<number> {
  await mkdir(to, { recursive: true });
  let moved = 0;
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    const there = await stat(target).catch(() => undefined);
    if (!there) {
      await rename(source, target);
      moved++;
    } else if (entry.isDirectory() && there.isDirectory()) {
      moved += await moveInto(source, target, options);
    } else if (!(options.identical && entry.isFile() && there.isFile() && (await sameBytes(source, target)))) {
      throw new Error(`build: ${target} is written twice${options.identical ? ' with different bytes' : ''}, by astro build and as ${source}`);
    }
  }
  await rm(from, { recursive: true, force: true });
  return moved;
}

async function sameBytes(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([readFile(a), readFile(b)]);
  return x.equals(y);
}
