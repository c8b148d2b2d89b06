// /data/departments/<slug>/<year>.json — one department-year exactly as the contract shapes it.
import type { APIRoute, GetStaticPaths } from 'astro';
import { allDepartmentYears } from '../../../../lib/collections.ts';
import type { DepartmentYear } from '../../../../lib/schema.ts';
import { jsonResponse } from '../../../../lib/json-response.ts';

export const getStaticPaths: GetStaticPaths = async () =>
  (await allDepartmentYears()).map((entry) => ({ params: { slug: entry.department.slug, year: String(entry.year) }, props: { entry } }));

export const GET: APIRoute = ({ props }) => jsonResponse((props as { entry: DepartmentYear }).entry);

