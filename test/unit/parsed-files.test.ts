// The link check's cache of parsed files (scripts/links/parsed-files.ts): a file whose bytes
// did not change is not parsed again; a changed, new or removed file is handled as such.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ParsedFiles, type ParsedFile } from '../../scripts/links/parsed-files.ts';

/** One check over `files` (path → hash, in ascending order): what was parsed, and what each file gave. */
function pass(cache: string | undefined, files: [string, string][], version = 'v1') {
  const store = new ParsedFiles(cache, version);
  const parsed: string[] = [];
  const results = files.map(([file, hash]) =>
    store.parsed(file, hash, (): ParsedFile => {
      parsed.push(file);
      return file.endsWith('.html') ? { anchors: [`id-${hash}`, 'main'], urls: [`/${hash}/`, '/\n"odd"/'] } : { urls: [`/${hash}.js`] };
    }),
  );
  store.close();
  return { parsed, results, reused: store.reused };
}

describe('ParsedFiles', () => {
  let root: string;
  beforeAll(() => { root = mkdtempSync(join(tmpdir(), 'parsed-files-')); });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('parses only the files whose bytes changed, and a new file; skips a removed one', () => {
    const cache = join(root, 'a', 'links.jsonl');
    const first = pass(cache, [['a.html', '1'], ['b.html', '2'], ['c.js', '3'], ['d.html', '4']]);
    expect(first.parsed).toEqual(['a.html', 'b.html', 'c.js', 'd.html']);
    const second = pass(cache, [['a.html', '1'], ['b.html', '2x'], ['bb.html', '5'], ['d.html', '4']]);
    expect(second.parsed).toEqual(['b.html', 'bb.html']);
    expect(second.reused).toBe(2);
    expect(second.results).toEqual([
      { anchors: ['id-1', 'main'], urls: ['/1/', '/\n"odd"/'] },
      { anchors: ['id-2x', 'main'], urls: ['/2x/', '/\n"odd"/'] },
      { anchors: ['id-5', 'main'], urls: ['/5/', '/\n"odd"/'] },
      { anchors: ['id-4', 'main'], urls: ['/4/', '/\n"odd"/'] },
    ]);
    // What the second pass wrote is what the third reads: nothing to parse.
    expect(pass(cache, [['a.html', '1'], ['b.html', '2x'], ['bb.html', '5'], ['d.html', '4']]).parsed).toEqual([]);
  });

  it('reads nothing written by another version of the parsing code', () => {
    const cache = join(root, 'b', 'links.jsonl');
    pass(cache, [['a.html', '1']]);
    expect(pass(cache, [['a.html', '1']], 'v2').parsed).toEqual(['a.html']);
  });

  it('parses everything after a damaged cache file, and without a cache', () => {
    const cache = join(root, 'c', 'links.jsonl');
    pass(cache, [['a.html', '1'], ['b.html', '2']]);
    writeFileSync(cache, '"v1"\n["a.html","1",null,[]]\n{not json\n');
    expect(pass(cache, [['a.html', '1'], ['b.html', '2']]).parsed).toEqual(['b.html']);
    expect(pass(undefined, [['a.html', '1']]).parsed).toEqual(['a.html']);
  });
});
