// Moving the downloads and reports written beside dist/ into it after `astro build`: folders
// both hold are merged, every file arrives with its bytes, and a file at one path in both stops
// the build naming it.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, existsSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { besideStep, moveInto, setAside } from '../../scripts/move-into.ts';

const work = mkdtempSync(join(tmpdir(), 'portal-move-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function write(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

function files(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const path of readdirSync(root, { recursive: true }) as string[]) {
    if (statSync(join(root, path)).isFile()) out[path] = readFileSync(join(root, path), 'utf8');
  }
  return out;
}

describe('moveInto', () => {
  it('merges folders both hold and moves the rest whole, removing the folder it moved from', async () => {
    const dist = join(work, 'dist');
    const staging = join(work, '.dist-staging');
    write(dist, { 'index.html': '<h1>首页</h1>', 'data/index.html': '<h1>数据下载</h1>', 'sources/ab12/index.html': '<pre>原文</pre>' });
    write(staging, {
      'data/all.json': '{"departments":[]}',
      'data/departments/zhuzhou/2020.json': '{"year":2020}',
      'sources/ab12.pdf': '%PDF',
    });
    const inode = statSync(join(staging, 'data/all.json')).ino;
    expect(await moveInto(staging, dist)).toBe(3);
    expect(files(dist)).toEqual({
      'index.html': '<h1>首页</h1>',
      'data/index.html': '<h1>数据下载</h1>',
      'data/all.json': '{"departments":[]}',
      'data/departments/zhuzhou/2020.json': '{"year":2020}',
      'sources/ab12/index.html': '<pre>原文</pre>',
      'sources/ab12.pdf': '%PDF',
    });
    // Renamed, not copied.
    expect(statSync(join(dist, 'data/all.json')).ino).toBe(inode);
    expect(existsSync(staging)).toBe(false);
  });

  it('stops at a file written twice, naming both', async () => {
    const dist = join(work, 'dist2');
    const staging = join(work, '.dist2-staging');
    write(dist, { 'data/index.html': 'astro' });
    write(staging, { 'data/index.html': 'downloads' });
    await expect(moveInto(staging, dist)).rejects.toThrow(`build: ${join(dist, 'data/index.html')} is written twice, by astro build and as ${join(staging, 'data/index.html')}`);
    expect(readFileSync(join(dist, 'data/index.html'), 'utf8')).toBe('astro');
  });
});

describe('moveInto another astro build\'s share of the pages', () => {
  it('keeps a file both builds wrote once when its bytes are the same, and stops when they differ', async () => {
    const dist = join(work, 'dist3');
    const shard = join(work, '.dist3-shard-1');
    write(dist, { 'index.html': '<h1>首页</h1>', '_astro/site.css': 'a{}', 'departments/a/index.html': 'A' });
    write(shard, { 'index.html': '<h1>首页</h1>', '_astro/site.css': 'a{}', 'departments/b/index.html': 'B' });
    expect(await moveInto(shard, dist, { identical: true })).toBe(1);
    expect(files(dist)).toEqual({ 'index.html': '<h1>首页</h1>', '_astro/site.css': 'a{}', 'departments/a/index.html': 'A', 'departments/b/index.html': 'B' });
    expect(existsSync(shard)).toBe(false);

    write(shard, { 'index.html': '<h1>首页 </h1>' });
    await expect(moveInto(shard, dist, { identical: true })).rejects.toThrow(`build: ${join(dist, 'index.html')} is written twice with different bytes, by astro build and as ${join(shard, 'index.html')}`);
  });
});

describe('besideStep', () => {
  it('runs a step and the steps writing beside dist/ at once, and moves the staged files in', async () => {
    const dist = join(work, 'dist4');
    write(dist, { 'index.html': '<h1>首页</h1>' });
    let bothStarted = false;
    let stepStarted = false;
    const result = await besideStep(dist, {
      step: async () => {
        stepStarted = true;
        await new Promise((r) => setTimeout(r, 20));
        write(dist, { 'pagefind/pagefind.js': '//' });
        return 'indexed';
      },
      beside: async (staging) => {
        bothStarted = stepStarted;
        write(staging, { 'data/all.json': '{}' });
        return 'written';
      },
    });
    expect(bothStarted).toBe(true);
    expect(result.step).toEqual({ status: 'fulfilled', value: 'indexed' });
    expect(result.beside).toEqual({ status: 'fulfilled', value: 'written' });
    expect(files(dist)).toEqual({ 'index.html': '<h1>首页</h1>', 'pagefind/pagefind.js': '//', 'data/all.json': '{}' });
    expect(readdirSync(work).filter((name) => name.startsWith('.dist4-'))).toEqual([]);
  });

  it('leaves the staged files out when the step did not succeed, and answers each failure', async () => {
    const dist = join(work, 'dist5');
    const failed = await besideStep(dist, {
      step: async () => ({ ok: false }),
      beside: async (staging) => { write(staging, { 'data/all.json': '{}' }); throw new Error('downloads failed'); },
      succeeded: (r) => r.ok,
    });
    expect(failed.step).toEqual({ status: 'fulfilled', value: { ok: false } });
    expect(failed.beside.status).toBe('rejected');
    expect(existsSync(join(dist, 'data/all.json'))).toBe(false);
  });
});

describe('setAside', () => {
  it('moves the last build out of the way at once and removes it in the background', async () => {
    const dist = join(work, 'dist3');
    write(dist, { 'index.html': '<h1>首页</h1>', 'data/all.json': '{}' });
    const { removed } = await setAside(dist);
    // Gone from its place before the removal is done: astro finds nothing to empty.
    expect(existsSync(dist)).toBe(false);
    expect(readdirSync(work).filter((f) => f.startsWith('.dist3-old-'))).toHaveLength(1);
    await removed;
    expect(readdirSync(work).filter((f) => f.startsWith('.dist3-old-'))).toEqual([]);
  });

  it('does nothing where there is no last build', async () => {
    await (await setAside(join(work, 'never-built'))).removed;
    expect(existsSync(join(work, 'never-built'))).toBe(false);
  });
});
