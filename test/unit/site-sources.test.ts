// Sources that open: where a source note links, and the build step that publishes the files.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documentIds, publishedFileName, sourceTarget } from '../../src/lib/source-link.ts';
import { linesByPage } from '../../src/lib/source-texts.ts';
import { publishSources } from '../../scripts/publish-sources.ts';
import { dataUpdated } from '../../src/lib/site-facts.ts';

const TEXT = { file: 'seeds/000_b2f907220b214ab4.txt', id: 'fc1e57f290293c2b' };
const PDF = { file: 'seeds/real/putuo_guihua_2024.pdf', id: 'f2546b5778018165' };

describe('sourceTarget', () => {
  it('opens the line of a text report', () => {
    expect(sourceTarget({ file: TEXT.file, line: 162 }, [TEXT])).toEqual({ line: 'sources/fc1e57f290293c2b/#L162' });
  });

  it('opens a PDF at its page, and the line read there', () => {
    expect(sourceTarget({ file: PDF.file, line: 122, page: 7 }, [TEXT, PDF])).toEqual({
      line: 'sources/f2546b5778018165/#L122',
      page: 'sources/f2546b5778018165.pdf#page=7',
    });
  });

  it('gives no link for a document without a published copy', () => {
    expect(sourceTarget({ file: TEXT.file, line: 1 }, [{ file: TEXT.file }])).toBeUndefined();
    expect(documentIds([{ sources: [{ ...TEXT, sha256: 'a'.repeat(64), documentType: 'final-accounts' }] }]).get(TEXT.file)).toBe(TEXT.id);
  });

  it.each([
    ['seeds/a/report.PDF', 'x.pdf'],
    ['seeds/a.b/report', 'x'],
    ['seeds/report.txt', 'x.txt'],
    ['seeds/report.tar.gz', 'x.gz'],
  ])('names the published copy of %s %s', (file, name) => {
    expect(publishedFileName('x', file)).toBe(name);
  });
});

describe('linesByPage', () => {
  it('groups a PDF\'s lines by page and keeps a text file whole', () => {
    const pdf = { id: PDF.id, file: PDF.file, sha256: 'a'.repeat(64), format: 'pdf' as const, lines: [{ no: 1, text: 'a', page: 1 }, { no: 2, text: 'b', page: 1 }, { no: 3, text: 'c', page: 2 }] };
    expect(linesByPage(pdf).map((g) => [g.page, g.lines.map((l) => l.no)])).toEqual([[1, [1, 2]], [2, [3]]]);
    expect(linesByPage({ ...pdf, format: 'text', lines: [{ no: 1, text: 'a' }, { no: 2, text: 'b' }] }).map((g) => g.page)).toEqual([undefined]);
  });
});

describe('publishSources', () => {
  it('copies every source the ingest read to dist/sources/<id>.<ext>, and refuses a file that changed', async () => {
    const root = mkdtempSync(join(tmpdir(), 'publish-'));
    const content = join(root, 'content');
    const dist = join(root, 'dist');
    mkdirSync(join(content, 'sources'), { recursive: true });
    const bytes = Buffer.from('%PDF-1.7 …');
    const sha = createHash('sha256').update(bytes).digest('hex');
    const write = (id: string, file: string, sha256: string) => writeFileSync(join(content, 'sources', `${id}.json`), JSON.stringify({ id, file, sha256, format: 'pdf', lines: [] }));
    write(sha.slice(0, 16), 'seeds/a.pdf', sha);
    write('0123456789abcdef', 'seeds/b.txt', 'b'.repeat(64));
    const files: Record<string, Buffer> = { 'seeds/a.pdf': bytes, 'seeds/b.txt': Buffer.from('changed') };
    const published = await publishSources(content, dist, async (f) => files[f]);
    expect(published.files).toBe(1);
    expect(readFileSync(join(dist, 'sources', `${sha.slice(0, 16)}.pdf`))).toEqual(bytes);
    expect(published.problems).toHaveLength(1);
    expect(published.problems[0]).toMatch(/^seeds\/b\.txt: changed since it was read/);
  });
});

describe('site facts', () => {
  it('dates the data from PORTAL_UPDATED, SOURCE_DATE_EPOCH or the build day', () => {
    expect(dataUpdated({ PORTAL_UPDATED: '2025-06-30' })).toBe('2025-06-30');
    expect(dataUpdated({ SOURCE_DATE_EPOCH: '1735689600' })).toBe('2025-01-01');
    expect(dataUpdated({}, new Date('2026-11-29T23:00:00Z'))).toBe('2026-11-29');
  });
});
