// Every word a reader sees is Chinese: on every kind of page, no word in Latin letters but
// the names of formats readers know (JSON, CSV, PDF, …; src/lib/latin-words.ts), file names,
// addresses, computer code (<code>) and the words the reports themselves print (a name with
// letters in it). Visible text, tooltips, labels and the hidden text of closed sections alike.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { latinWords } from '../../src/lib/latin-words.ts';
import { builtRegions, builtYears, regionYearPath, richestYear, startPortal, type Portal } from './portal-browser.ts';
import { searchPath, shownResults } from './search-browser.ts';
import { TEST_CONTENT } from './test-site.ts';

let portal: Portal;
beforeAll(async () => { portal = await startPortal(); });
afterAll(async () => { await portal?.close(); });

interface SourceText { id: string; file: string; format: string; lines: { text: string }[] }
const sources = (): SourceText[] => readdirSync(join(TEST_CONTENT, 'sources')).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(join(TEST_CONTENT, 'sources', f), 'utf8')));

/**
 * Words in Latin letters the reports print, and the department names as published (normalised
 * from the reports): they may appear wherever a page quotes a report.
 */
function reportWords(): Set<string> {
  const words = new Set<string>();
  const add = (text: string) => { for (const w of text.match(/[A-Za-z]+(?:['’-][A-Za-z]+)*/g) ?? []) words.add(w); };
  for (const s of sources()) for (const l of s.lines) add(l.text);
  for (const y of builtYears()) add(y.name);
  return words;
}

/** Everything a reader can see or hear on the page, code elements left out. */
function readerText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out = [document.title, document.querySelector('meta[name="description"]')?.getAttribute('content') ?? ''];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // <noscript> holds markup as text while scripts run; it is checked as the page it is (below).
      if (node.parentElement?.closest('script, style, noscript, code, kbd, samp')) continue;
      const text = node.textContent?.trim();
      if (text) out.push(text);
    }
    for (const el of document.body.querySelectorAll('noscript')) out.push(new DOMParser().parseFromString(el.textContent ?? '', 'text/html').body.textContent ?? '');
    for (const el of document.body.querySelectorAll('[title], [aria-label], [alt], [placeholder]')) {
      for (const name of ['title', 'aria-label', 'alt', 'placeholder']) {
        const value = el.getAttribute(name);
        if (value) out.push(value);
      }
    }
    return out;
  });
}

describe('every word a reader sees is Chinese', () => {
  const pageKinds = (): [string, string][] => {
    const years = builtYears();
    const yearPath = (y: { slug: string; year: number }) => `departments/${y.slug}/${y.year}/`;
    const textSource = sources().find((s) => s.format !== 'pdf')!;
    const pdfSource = sources().find((s) => s.format === 'pdf');
    return [
      ['home', ''],
      ['departments', 'departments/'],
      ['department', `departments/${richestYear().slug}/`],
      // Every department-year: full tables, prose only, performance evaluation only, the PDF.
      ...years.map((y): [string, string] => [`department-year ${y.name} ${y.year}`, yearPath(y)]),
      ['regions', 'regions/'],
      // Every region-year: a city with its districts, a district, a city of one department.
      ...builtRegions().flatMap((r) => r.years.map((y): [string, string] => [`region-year ${r.names.join('/')} ${y.year}`, regionYearPath(r, y.year)])),
      ['subjects', 'subjects/'],
      ['subject (项)', 'subjects/2150501/'],
      ['subject (类)', 'subjects/215/'],
      ['data', 'data/'],
      ['quality', 'quality/'],
      ['about', 'about/'],
      ['glossary', 'glossary/'],
      ['search, no query', 'search/'],
      ['404', 'no-such-page/'],
      ['source as read (text)', `sources/${textSource.id}/`],
      ...(pdfSource ? [['source as read (PDF)', `sources/${pdfSource.id}/`] as [string, string]] : []),
    ];
  };

  it('on every page kind, every department-year and every source', async () => {
    const allowed = reportWords();
    const problems: string[] = [];
    for (const [kind, path] of pageKinds()) {
      const { page } = await portal.open(path);
      const words = new Set((await readerText(page)).flatMap((t) => latinWords(t, allowed)));
      if (words.size) problems.push(`${kind} (/${path}): ${[...words].slice(0, 20).join(', ')}`);
      await page.context().close();
    }
    expect(problems).toEqual([]);
  });

  it('in search results', async () => {
    const allowed = reportWords();
    const problems: string[] = [];
    for (const query of ['2150501', '平顶山', '疫情防控', '公务接待', '测试局']) {
      const { page } = await portal.open(searchPath(query));
      await shownResults(page);
      const words = new Set((await readerText(page)).flatMap((t) => latinWords(t, allowed)));
      if (words.size) problems.push(`search ${query}: ${[...words].join(', ')}`);
      await page.context().close();
    }
    expect(problems).toEqual([]);
  });

  it('is a test that can fail: an English check message is caught', () => {
    expect(latinWords('公开02 收入决算表: 类 rows give 7,630.14, 合计 is 7,630.15 (difference 0.01, within rounding)', reportWords())).toEqual(
      expect.arrayContaining(['rows', 'give', 'difference', 'within', 'rounding']),
    );
  });
});
