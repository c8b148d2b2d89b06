import { it } from 'vitest';
import { axeViolations, builtYears, startPortal } from './portal-browser.ts';
it('prints all violations', async () => {
  const portal = await startPortal();
  const y = builtYears();
  for (const path of ['', 'departments/', `departments/${y[0].slug}/`, ...y.map((x) => `departments/${x.slug}/${x.year}/`), 'subjects/', 'subjects/215/', 'data/', 'quality/', 'about/', 'glossary/', 'search/']) {
    const { page } = await portal.open(path);
    for (const v of await axeViolations(page)) console.log(path, v.id, v.impact, v.nodes.length, v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(' | '));
    await page.context().close();
  }
  await portal.close();
});
