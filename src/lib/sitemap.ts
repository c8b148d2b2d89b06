// sitemap.xml: every HTML page of the site, sorted, absolute URLs under the base path.
import { buildDepartments, type YearOf } from './department-index.ts';
import { joinBase, paths } from './site-paths.ts';

export function sitePagePaths(entries: readonly YearOf[], subjects: readonly { code: string }[]): string[] {
  const fixed = [paths.home(), paths.departments(), paths.subjects(), paths.data(), paths.quality(), paths.about(), paths.glossary(), paths.search()];
  const departments = buildDepartments(entries).flatMap((d) => [paths.department(d.slug), ...d.years.map((y) => paths.departmentYear(d.slug, y))]);
  return [...fixed, ...departments, ...subjects.map((s) => paths.subject(s.code))].sort();
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function sitemapXml(site: string, base: string, pagePaths: readonly string[]): string {
  const urls = pagePaths.map((p) => `  <url><loc>${escapeXml(new URL(joinBase(base, p), site).href)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}
