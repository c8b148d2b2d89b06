// /sitemap.xml, written here rather than by an integration so it follows our page list and base
// path — and only when the site's address is configured (PORTAL_SITE): a sitemap needs absolute
// URLs, and one pointing at an address nobody owns would mislead.
import type { APIRoute, GetStaticPaths } from 'astro';
import { subjectIndex, yearListings } from '../lib/content-store.ts';
import { sitePagePaths, sitemapXml } from '../lib/sitemap.ts';

export const getStaticPaths: GetStaticPaths = () => (import.meta.env.SITE ? [{ params: { sitemap: 'sitemap' } }] : []);

export const GET: APIRoute = async ({ site }) =>
  new Response(sitemapXml(site!.href, import.meta.env.BASE_URL, sitePagePaths(yearListings(), subjectIndex())), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
