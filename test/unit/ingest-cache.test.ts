// An ingest that remembers: unchanged reports are not parsed again, unchanged departments not
// built again, output files written only when their bytes change, and what an earlier run
// wrote for a report since removed is removed.
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync, mkdirSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheKey, fileCache, ingestVersion, type IngestCache } from '../../scripts/ingest/document-cache.ts';
import { buildDepartment } from '../../scripts/ingest/build-department.ts';
import { documentPool } from '../../scripts/ingest/document-pool.ts';
import { fileStates, SETTLED_MS } from '../../scripts/ingest/file-states.ts';
import { fileSystemEffects } from '../../scripts/ingest/fs-effects.ts';
import { ingestFolder } from '../../scripts/ingest/ingest-folder.ts';
import { sha256Of } from '../../scripts/ingest/parse-report.ts';
import { prepareReport } from '../../scripts/ingest/prepare-report.ts';
import { runIngest, type IngestEffects } from '../../scripts/ingest/ingest.ts';
import { readAndParse } from '../../scripts/ingest/read-and-parse.ts';
import { readPdf } from '../../scripts/ingest/pdf/read.ts';
import { memoryCache, memoryEffects } from '../helpers/memory-effects.ts';
import { SEED_FILES, seedBytes } from '../helpers/seeds.ts';

/** Effects over `files` that count what was parsed. */
function counted(files: Record<string, Uint8Array | string>, cache: IngestCache) {
  const { effects, output } = memoryEffects(files);
  const parsed: string[] = [];
  const withCount: IngestEffects = {
    ...effects, cache,
    parse: (file, bytes) => {
      parsed.push(file);
      return readAndParse(file, bytes, readPdf);
    },
  };
  return { effects: withCount, output, parsed };
}

/** Output files in path order (the order they were written in depends on which report was read first). */
const sorted = (output: Map<string, string>) => [...output].sort(([a], [b]) => (a < b ? -1 : 1));

/** The output of an ingest of `files` without a cache, in path order. */
async function uncachedOutput(files: Record<string, Uint8Array | string>) {
  const fresh = memoryEffects(files);
  await runIngest(fresh.effects);
  return sorted(fresh.output);
}

const seeds = Object.fromEntries(SEED_FILES.map((f) => [f, seedBytes(f)]));

describe('the ingest remembers', () => {
  it('parses nothing again when nothing changed, and writes the same output', async () => {
    const cache = memoryCache();
    const first = counted(seeds, cache);
    await runIngest(first.effects);
    const second = counted(seeds, cache);
    const { entries } = await runIngest(second.effects);
    expect(first.parsed).toHaveLength(5);
    expect(second.parsed).toEqual([]);
    expect(sorted(second.output)).toEqual(sorted(first.output));
    // with a cache the entries wait on disk, not in memory
    expect(entries).toEqual([]);
  });

  it('parses only the changed report, and gives the same output as a run without a cache', async () => {
    const cache = memoryCache();
    await runIngest(counted(seeds, cache).effects);
    const file = SEED_FILES[0];
    const changed = { ...seeds, [file]: Buffer.from(readFileSync(file, 'utf8').replace('7,627.22', '7,627.23')) };
    const again = counted(changed, cache);
    await runIngest(again.effects);
    expect(again.parsed).toEqual([file]);
    expect(sorted(again.output)).toEqual(await uncachedOutput(changed));
  });

  it('reads the reports again when the cache lost them (their departments still in it), and writes the same output', async () => {
    const cache = memoryCache();
    const first = counted(seeds, cache);
    await runIngest(first.effects);
    for (const file of SEED_FILES) cache.forget(cacheKey('report', file, sha256Of(seeds[file] as Uint8Array)));
    const again = counted(seeds, cache);
    await runIngest(again.effects);
    expect([...again.parsed].sort()).toEqual([...SEED_FILES].sort());
    expect(sorted(again.output)).toEqual(sorted(first.output));
  });

  it('removes what it wrote for a report that is gone', async () => {
    const cache = memoryCache();
    const all = counted(seeds, cache);
    await runIngest(all.effects);
    const [gone, ...rest] = SEED_FILES;
    const fewer = counted(Object.fromEntries(rest.map((f) => [f, seeds[f]])), cache);
    // the same output map, as a folder would hold it from the earlier run
    for (const [k, v] of all.output) fewer.output.set(k, v);
    await runIngest(fewer.effects);
    const goneEntry = [...all.output.keys()].find((k) => k.startsWith('departments/zhuzhoushi-gongyehexinxihuaju'));
    expect(goneEntry).toBeDefined();
    expect(fewer.output.has(goneEntry!)).toBe(false);
    expect([...fewer.output.keys()].filter((k) => k.startsWith('sources/'))).toHaveLength(4);
    expect(JSON.parse(fewer.output.get('ingest-report.json')!).files.map((f: { file: string }) => f.file)).not.toContain(gone);
  });
});

describe('a failure of the run, not of the report', () => {
  const [file] = SEED_FILES;
  const one = { [file]: seeds[file] };

  it('is not remembered: a report the pool gave up on (its time limit) is read again next run', async () => {
    const cache = memoryCache();
    const hurried = documentPool({ workers: 1, timeoutMs: 1 });
    const first = counted(one, cache);
    try {
      await runIngest({ ...first.effects, prepare: (f, bytes) => hurried.prepare(f, bytes) });
    } finally {
      await hurried.close();
    }
    const failed = JSON.parse(first.output.get('ingest-report.json')!).files[0];
    expect(failed.status).toBe('error');
    expect(failed.messages).toEqual([{ code: 'read-failed', severity: 'error', file, message: '读取这个文件超过了 0.001 秒，已停止' }]);

    const again = counted(one, cache);
    await runIngest(again.effects);
    expect(again.parsed).toEqual([file]);
    expect(sorted(again.output)).toEqual(await uncachedOutput(one));
    expect(JSON.parse(again.output.get('ingest-report.json')!).summary.departmentYears).toBe(1);
  });

  it('is not remembered: a department whose build the pool gave up on is built again next run', async () => {
    const cache = memoryCache();
    const hurried = documentPool({ workers: 1, timeoutMs: 1 });
    const first = counted(one, cache);
    try {
      await runIngest({ ...first.effects, build: (members) => hurried.build(members) });
    } finally {
      await hurried.close();
    }
    expect([...first.output.keys()].filter((k) => k.startsWith('departments/'))).toEqual([]);
    const unbuilt = JSON.parse(first.output.get('ingest-report.json')!).files[0];
    expect(unbuilt.messages.filter((m: { code: string }) => m.code === 'internal-error').map((m: { message: string }) => m.message))
      .toEqual(['读取这份报告时程序出错（读取这个文件超过了 0.001 秒，已停止），其他报告不受影响']);

    const builds: number[] = [];
    const again = counted(one, cache);
    await runIngest({ ...again.effects, build: async (members) => (builds.push(members.length), buildDepartment(members)) });
    // the report itself was remembered; its department was not
    expect(again.parsed).toEqual([]);
    expect(builds).toEqual([1]);
    expect(sorted(again.output)).toEqual(await uncachedOutput(one));
  });

  it('a report that fails for what it holds is remembered, and not read again', async () => {
    const cache = memoryCache();
    const blank = { 'seeds/blank.txt': '\n\n' };
    const first = counted(blank, cache);
    await runIngest(first.effects);
    expect(JSON.parse(first.output.get('ingest-report.json')!).files[0].messages[0].code).toBe('empty-file');
    const again = counted(blank, cache);
    await runIngest(again.effects);
    expect(first.parsed).toEqual(['seeds/blank.txt']);
    expect(again.parsed).toEqual([]);
    expect(sorted(again.output)).toEqual(sorted(first.output));
  });
});

describe('on disk', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-cache-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a file cache keeps what it was given, under the ingest version', async () => {
    const cache = fileCache(join(dir, 'cache'), 'v1');
    const key = cacheKey('report', 'seeds/a.txt', 'abc');
    expect(await cache.getPart(key, 0)).toBeUndefined();
    // Parts come back one at a time, each on a buffer of its own, which can be handed to a worker without a copy.
    const encode = (text: string) => new TextEncoder().encode(text);
    // Small parts come from the entry's first read, a part across or past its first 1,024 bytes from a read of its own.
    const parts = [encode('{"lines":[]}\n'), encode(''), encode('{"department":"株洲市工业和信息化局"}'), encode('金额'.repeat(400)), encode('{"year":2024}')];
    await cache.setParts(key, parts);
    expect(await fileCache(join(dir, 'cache'), 'v2').getPart(key, 0)).toBeUndefined();
    for (const [i, part] of parts.entries()) {
      const kept = (await cache.getPart(key, i))!;
      expect(kept).toEqual(part);
      expect(kept.byteLength).toBe(kept.buffer.byteLength);
      expect(() => structuredClone(kept, { transfer: [kept.buffer as ArrayBuffer] })).not.toThrow();
    }
    expect(await cache.getPart(key, 5)).toBeUndefined();
    expect(await cache.getPart(cacheKey('report', 'seeds/b.txt', 'abc'), 0)).toBeUndefined();
    // An entry cut short, or not one at all, is not there.
    const file = join(dir, 'cache', 'v1', key.slice(0, 2), `${key}.bin`);
    writeFileSync(file, readFileSync(file).subarray(0, -1));
    expect(await cache.getPart(key, 0)).toBeUndefined();
    writeFileSync(file, 'no header');
    expect(await cache.getPart(key, 0)).toBeUndefined();
  });

  it('the version changes when the ingest code or its reference data changes', async () => {
    const root = join(dir, 'project');
    mkdirSync(join(root, 'scripts/ingest'), { recursive: true });
    writeFileSync(join(root, 'scripts/ingest/a.ts'), 'export const a = 1;');
    const before = await ingestVersion(root);
    expect(await ingestVersion(root)).toBe(before);
    writeFileSync(join(root, 'scripts/ingest/a.ts'), 'export const a = 2;');
    expect(await ingestVersion(root)).not.toBe(before);
  });

  it('writes a file only when its bytes change, and removes stale output', async () => {
    const out = join(dir, 'out');
    const effects = fileSystemEffects('seeds', out);
    await effects.writeOutput(new Map([['departments/a-2020.json', 'A'], ['departments/b-2020.json', 'B'], ['sources/0123456789abcdef.json', 'S']]));
    const old = new Date('2020-01-01T00:00:00Z');
    utimesSync(join(out, 'departments/a-2020.json'), old, old);
    await effects.writeOutput(new Map([['departments/a-2020.json', 'A'], ['departments/b-2020.json', 'B2']]));
    expect(statSync(join(out, 'departments/a-2020.json')).mtime).toEqual(old);
    expect(readFileSync(join(out, 'departments/b-2020.json'), 'utf8')).toBe('B2');
    writeFileSync(join(out, 'keep.txt'), 'not ours');
    await effects.finishOutput!(new Set(['departments/a-2020.json']));
    expect(readdirSync(join(out, 'departments'))).toEqual(['a-2020.json']);
    expect(existsSync(join(out, 'sources/0123456789abcdef.json'))).toBe(false);
    expect(existsSync(join(out, 'keep.txt'))).toBe(true);
  });
});

describe('parsing in worker threads', () => {
  it('gives what parsing here gives, text and PDF alike', async () => {
    const pool = documentPool({ workers: 2 });
    try {
      const file = SEED_FILES[0];
      const [inWorker, here] = await Promise.all([pool.parse(file, seeds[file] as Uint8Array), readAndParse(file, seeds[file] as Uint8Array, readPdf)]);
      expect(inWorker).toEqual(here);
      const pdf = '../shared/real/putuo_guihua_2024.pdf';
      if (existsSync(pdf)) {
        const parsed = await pool.parse('seeds/r.pdf', new Uint8Array(readFileSync(pdf)));
        expect(parsed.ok && parsed.document.tables?.expenditureByFunction?.length).toBe(24);
      }
    } finally {
      await pool.close();
    }
  });
});

describe('building departments in worker threads', () => {
  it('gives what building here gives', async () => {
    const pool = documentPool({ workers: 1 });
    try {
      for (const file of SEED_FILES.slice(0, 2)) {
        const prepared = prepareReport(await readAndParse(file, seeds[file] as Uint8Array, readPdf));
        if (!prepared.ok) throw new Error(`${file} not read`);
        const members = [{ file, year: prepared.facts.year, document: prepared.document }];
        const here = buildDepartment(members);
        expect(here).toHaveLength(1);
        expect(JSON.parse(new TextDecoder().decode(here[0].json!)).department.name).toBe(prepared.facts.department);
        // (the pool is handed the document's buffer: built here first)
        expect(await pool.build(members)).toEqual(here);
      }
    } finally {
      await pool.close();
    }
  });
});

describe('a cached re-ingest on disk', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-states-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const settled = new Date(Date.now() - 10 * SETTLED_MS);
  /** A run long enough after the files were written for their hashes to be remembered (ctime cannot be set back). */
  const later = () => Date.now() + 10 * SETTLED_MS;
  /** The seeds in a folder of their own. */
  const corpus = join(dir, 'seeds');
  mkdirSync(corpus);
  for (const file of SEED_FILES) {
    cpSync(file, join(corpus, file.slice('seeds/'.length)));
    utimesSync(join(corpus, file.slice('seeds/'.length)), settled, settled);
  }
  const tree = (out: string) => new Map(readdirSync(out, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name)).sort().map((f) => [f.slice(out.length), readFileSync(f, 'utf8')]));
  /** The ingest as the CLI runs it (worker threads, file cache, file states), counting what it read. */
  async function ingestCounting(out: string, now = later()) {
    const cacheDir = join(dir, 'cache');
    const version = await ingestVersion();
    const states = await fileStates(join(cacheDir, version, 'file-states.json'), now);
    const effects = fileSystemEffects(corpus, out, dir, states);
    const read: string[] = [];
    const parsed: string[] = [];
    await runIngest({
      ...effects, cache: fileCache(cacheDir, version),
      readFile: (file) => (read.push(file), effects.readFile(file)),
      hashReport: async (file) => {
        const hashed = await effects.hashReport!(file);
        if (hashed.bytes) read.push(file);
        return hashed;
      },
      parse: (file, bytes) => (parsed.push(file), readAndParse(file, bytes, readPdf)),
    });
    await states.save();
    return { read, parsed, output: tree(out) };
  }

  it('reads no report again and writes nothing, and notices a report changed in place with its old times put back', async () => {
    const out = join(dir, 'out');
    const fresh = join(dir, 'fresh');
    const first = await ingestCounting(out);
    expect(first.read).toHaveLength(5);
    const written = statSync(join(out, 'ingest-report.json')).mtimeMs;
    const entryFile = readdirSync(join(out, 'departments'))[0];
    const entryTime = statSync(join(out, 'departments', entryFile)).mtimeMs;

    const again = await ingestCounting(out);
    expect(again.read).toEqual([]);
    expect(again.parsed).toEqual([]);
    expect(again.output).toEqual(first.output);
    expect(statSync(join(out, 'departments', entryFile)).mtimeMs).toBe(entryTime);
    expect(statSync(join(out, 'ingest-report.json')).mtimeMs).toBe(written);

    // Same size, same modification time: only the change time (and the bytes) differ.
    const file = SEED_FILES[0].slice('seeds/'.length);
    const text = readFileSync(join(corpus, file), 'utf8');
    writeFileSync(join(corpus, file), text.replace('7,627.22', '7,627.23'));
    utimesSync(join(corpus, file), settled, settled);
    const changed = await ingestCounting(out);
    expect(changed.read).toEqual([`seeds/${file}`]);
    expect(changed.parsed).toEqual([`seeds/${file}`]);
    expect(changed.output).not.toEqual(first.output);
    await runIngest(fileSystemEffects(corpus, fresh, dir));
    expect(changed.output).toEqual(tree(fresh));
    writeFileSync(join(corpus, file), text);
    utimesSync(join(corpus, file), settled, settled);
  });

  it('rewrites an output file that was changed since it was written', async () => {
    const out = join(dir, 'out2');
    const first = await ingestCounting(out);
    const entryFile = join(out, 'departments', readdirSync(join(out, 'departments'))[0]);
    writeFileSync(entryFile, 'edited');
    const again = await ingestCounting(out);
    expect(again.parsed).toEqual([]);
    expect(again.output).toEqual(first.output);
  });

  it('hashes a report written moments ago on every run, until its times have settled', async () => {
    const out = join(dir, 'out3');
    await ingestCounting(out);
    const file = SEED_FILES[1].slice('seeds/'.length);
    const now = new Date();
    utimesSync(join(corpus, file), now, now);
    // A run now: the file's times are too recent to be trusted, so it is read on every run.
    expect((await ingestCounting(out, Date.now())).read).toEqual([`seeds/${file}`]);
    expect((await ingestCounting(out, Date.now())).read).toEqual([`seeds/${file}`]);
    // A run later: read once more, and then remembered.
    expect((await ingestCounting(out)).read).toEqual([`seeds/${file}`]);
    const last = await ingestCounting(out);
    expect(last.read).toEqual([]);
    expect(last.parsed).toEqual([]);
  });

  it('gives the same content as the ingest without a cache, through ingestFolder', async () => {
    const cached = join(dir, 'folder-cached');
    const plain = join(dir, 'folder-plain');
    await ingestFolder({ seeds: corpus, out: cached, root: dir, cache: join(dir, 'folder-cache') }, 2);
    await ingestFolder({ seeds: corpus, out: cached, root: dir, cache: join(dir, 'folder-cache') }, 2);
    await ingestFolder({ seeds: corpus, out: plain, root: dir, cache: false }, 2);
    expect(tree(cached)).toEqual(tree(plain));
    expect(tree(plain).size).toBe(11);
  });
});
