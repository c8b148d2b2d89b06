// The source documents as published, beside the site: for every report the ingest read
// (content/sources/<id>.json), its file copied to dist/sources/<id>.<ext>, where the source
// notes link (a PDF at #page=N). Run after astro build, which renders the text as read at
// /sources/<id>/, and before the link check, which then finds every note's target.
// CLI: node scripts/publish-sources.ts [--content content] [--dist dist]
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseBuildArgs } from './build-args.ts';
import { publishedFileName } from '../src/lib/source-link.ts';

export interface PublishedSources {
  /** Files copied. */
  files: number;
  /** What could not be published, one line each (the file is gone, or is no longer the file that was read). */
  problems: string[];
}

export async function publishSources(content: string, dist: string, readSource: (file: string) => Promise<Buffer> = (f) => readFile(f)): Promise<PublishedSources> {
  const folder = join(content, 'sources');
  const names = (await readdir(folder).catch(() => [] as string[])).filter((f) => /^[0-9a-f]{16}\.json$/.test(f)).sort();
  const result: PublishedSources = { files: 0, problems: [] };
  if (names.length) await mkdir(join(dist, 'sources'), { recursive: true });
  for (const name of names) {
    // Only the head of the record is needed; the lines follow it.
    const { id, file, sha256 } = JSON.parse(await readFile(join(folder, name), 'utf8')) as { id: string; file: string; sha256: string };
    let bytes: Buffer;
    try {
      bytes = await readSource(file);
    } catch (error) {
      result.problems.push(`${file}: cannot be read (${(error as Error).message})`);
      continue;
    }
    const digest = createHash('sha256').update(bytes).digest('hex');
    if (digest !== sha256) {
      result.problems.push(`${file}: changed since it was read (SHA-256 ${digest.slice(0, 16)}…, read as ${sha256.slice(0, 16)}…); run the ingest again`);
      continue;
    }
    await writeFile(join(dist, 'sources', publishedFileName(id, file)), bytes);
    result.files += 1;
  }
  return result;
}

export function describePublishedSources(published: PublishedSources): string {
  return [`sources: ${published.files} files published`, ...published.problems.map((p) => `  ${p}`)].join('\n');
}

if (import.meta.main) {
  const { content, dist } = parseBuildArgs(process.argv.slice(2));
  const published = await publishSources(content, dist);
  console.log(describePublishedSources(published));
  if (published.problems.length) process.exitCode = 1;
}
