// The real file-system side of the ingest: list reports, read bytes, replace output.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { IngestEffects } from './ingest.ts';

export function fileSystemEffects(seedsDir: string, outDir: string, root = process.cwd()): IngestEffects {
  const outRoot = resolve(outDir);
  return {
    async listReports() {
      const entries = await readdir(resolve(seedsDir), { recursive: true, withFileTypes: true });
      return entries.filter((e) => e.isFile()).map((e) => toPosix(relative(root, join(e.parentPath, e.name))));
    },
    readFile: (file) => readFile(resolve(root, file)),
    async writeOutput(files) {
      // Only our own outputs are replaced; nothing outside --out is touched.
      await rm(join(outRoot, 'departments'), { recursive: true, force: true });
      await rm(join(outRoot, 'sources'), { recursive: true, force: true });
      for (const [name, text] of files) {
        const target = resolve(outRoot, name);
        if (!target.startsWith(outRoot + sep)) throw new Error(`refusing to write outside --out: ${name}`);
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, text);
      }
    },
  };
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}
