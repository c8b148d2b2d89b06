import { describe, expect, it } from 'vitest';
import { parseIngestArgs } from '../../scripts/ingest/cli-args.ts';

describe('parseIngestArgs', () => {
  it('defaults to seeds/ and content/', () => {
    expect(parseIngestArgs([])).toEqual({ ok: true, options: { seeds: 'seeds', out: 'content', strict: false, quiet: false, noCache: false } });
  });
  it.each([
    [['--seeds', 'a', '--out', 'b'], { seeds: 'a', out: 'b', strict: false, quiet: false, noCache: false }],
    [['--seeds=x/y', '--strict'], { seeds: 'x/y', out: 'content', strict: true, quiet: false, noCache: false }],
    [['--out', '/tmp/o', '--quiet'], { seeds: 'seeds', out: '/tmp/o', strict: false, quiet: true, noCache: false }],
    [['--no-cache'], { seeds: 'seeds', out: 'content', strict: false, quiet: false, noCache: true }],
  ])('%j', (argv, options) => expect(parseIngestArgs(argv)).toEqual({ ok: true, options }));

  it.each([
    [['--bogus'], /bogus/],
    [['--seeds'], /seeds/],
    [['extra'], /unexpected argument "extra"/],
    [['--out', ''], /--out needs a folder/],
  ])('rejects %j', (argv, message) => {
    const result = parseIngestArgs(argv);
    expect(result.ok).toBe(false);
    if (result.ok === false) expect(result.error).toMatch(message);
  });
  it('recognises --help', () => expect(parseIngestArgs(['-h'])).toEqual({ ok: 'help' }));
});
