// Reproducible ingest: the same seeds give byte-identical content/ whatever the output folder,
// the order the file system lists the reports in, or the clock.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileSystemEffects } from '../../scripts/ingest/fs-effects.ts';
import { runIngest, type IngestEffects } from '../../scripts/ingest/ingest.ts';

const scratch = mkdtempSync(join(tmpdir(), 'reproducible-ingest-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every file under a folder, by relative path. */
function tree(dir: string): Map<string, Buffer> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(files.map((e) => join(e.parentPath, e.name)).sort().map((f) => [relative(dir, f).split(sep).join('/'), readFileSync(f)]));
}

async function ingestInto(name: string, reorder: (files: string[]) => string[] = (f) => f): Promise<Map<string, Buffer>> {
  const out = join(scratch, name);
  const effects = fileSystemEffects('seeds', out);
  const listed: IngestEffects = { ...effects, listReports: async () => reorder(await effects.listReports()) };
  await runIngest(listed);
  return tree(out);
}

describe('ingest twice', async () => {
  const first = await ingestInto('first');
  const second = await ingestInto('second', (files) => [...files].reverse());

  it('writes one JSON per department-year and the ingest report', () => {
    expect([...first.keys()].filter((f) => f.startsWith('departments/'))).toHaveLength(5);
    expect(first.has('ingest-report.json')).toBe(true);
  });

  it('gives byte-identical content, even with the reports listed in another order', () => {
    expect([...second.keys()]).toEqual([...first.keys()]);
    const differing = [...first].filter(([file, bytes]) => !bytes.equals(second.get(file)!)).map(([file]) => file);
    expect(differing).toEqual([]);
  });

  it('holds no timestamps, durations or paths of the machine it ran on', () => {
    for (const [file, bytes] of first) {
      const text = bytes.toString('utf8');
      expect(text, file).not.toMatch(/\b\d{4}-\d\d-\d\dT\d\d:\d\d/);
      expect(text, file).not.toMatch(/"(?:generatedAt|builtAt|timestamp|durationMs|elapsed)"/i);
      expect(text, file).not.toContain(scratch);
      expect(text, file).not.toContain(process.cwd());
    }
  });
});
