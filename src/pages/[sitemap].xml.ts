// /sitemap.xml, written here rather than by an integration so it follows our page list and base path.
import type { APIRoute } from 'astro';
import { allDepartmentYears } from '../lib/collections.ts';
import { allSubjects } from '../lib/subjects.ts';
import { sitePagePaths, sitemapXml } from '../lib/sitemap.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(sitemapXml((site ?? new URL('https://example.org')).href, import.meta.env.BASE_URL, sitePagePaths(await allDepartmentYears(), await allSubjects())), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
