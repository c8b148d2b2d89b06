// The bench moves a corpus's work folder aside when done with it and deletes the lot at the
// end of the run (retire.ts), so no corpus is measured just after tens of thousands of deletions.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { clearRetired, retire } from '../../scripts/bench/retire.ts';

describe('bench work folders', () => {
  let root = '';
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('moves a folder aside whole, twice under one name, ignores a missing one, and deletes them only when cleared', () => {
    root = mkdtempSync(join(tmpdir(), 'bench-retire-'));
    const corpus = join(root, '5000');
    for (const round of ['first', 'second']) {
      mkdirSync(join(corpus, 'content'), { recursive: true });
      writeFileSync(join(corpus, 'content', 'a.json'), round);
      retire(root, corpus);
      expect(existsSync(corpus)).toBe(false);
    }
    retire(root, join(root, 'never-made'));
    const retired = readdirSync(join(root, '.retired'));
    expect(retired).toHaveLength(2);
    expect(retired.every((name) => name.startsWith('5000-'))).toBe(true);
    expect(retired.map((name) => readFileSync(join(root, '.retired', name, 'content', 'a.json'), 'utf8')).sort()).toEqual(['first', 'second']);
    clearRetired(root);
    expect(readdirSync(root)).toEqual([]);
  });
});
