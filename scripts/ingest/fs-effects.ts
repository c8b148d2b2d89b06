// The real file-system side of the ingest: list reports, read bytes, write output. A file is
// written only when its bytes change, and what an earlier run wrote for reports since removed
// is removed, so a rebuild touches only what changed.
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { IngestEffects } from './ingest.ts';

/** The output folders the ingest owns inside --out. */
const OWNED = ['departments', 'sources'];

export function fileSystemEffects(seedsDir: string, outDir: string, root = process.cwd()): IngestEffects {
  const outRoot = resolve(outDir);
  const target = (name: string) => {
    const path = resolve(outRoot, name);
    if (!path.startsWith(outRoot + sep)) throw new Error(`refusing to write outside --out: ${name}`);
    return path;
  };
  return {
    async listReports() {
      const entries = await readdir(resolve(seedsDir), { recursive: true, withFileTypes: true });
      return entries.filter((e) => e.isFile()).map((e) => toPosix(relative(root, join(e.parentPath, e.name))));
    },
    readFile: (file) => readFile(resolve(root, file)),
    async writeOutput(files) {
      for (const [name, text] of files) {
        const path = target(name);
        if (await holds(path, text)) continue;
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, text);
      }
    },
    async finishOutput(written) {
      // Only our own outputs are removed; nothing else inside --out is touched.
      for (const folder of OWNED) {
        const files = await readdir(join(outRoot, folder), { recursive: true, withFileTypes: true }).catch(() => []);
        for (const entry of files) {
          if (!entry.isFile()) continue;
          const name = toPosix(relative(outRoot, join(entry.parentPath, entry.name)));
          if (!written.has(name)) await rm(join(outRoot, name), { force: true });
        }
      }
    },
  };
}

/** The file exists and holds exactly this text (its size is checked first, so most misses read nothing). */
async function holds(path: string, text: string): Promise<boolean> {
  const size = await stat(path).then((s) => s.size, () => -1);
  if (size !== Buffer.byteLength(text)) return false;
  return (await readFile(path, 'utf8')) === text;
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}
