// /data/departments/<slug>.json — { schemaVersion, department, years: [ … ] }
import type { APIRoute, GetStaticPaths } from 'astro';
import { allDepartmentYears } from '../../../lib/collections.ts';
import { buildDepartments } from '../../../lib/department-index.ts';
import { departmentDownloadOf } from '../../../lib/downloads.ts';
import { jsonResponse } from '../../../lib/json-response.ts';

export const getStaticPaths: GetStaticPaths = async () =>
  buildDepartments(await allDepartmentYears()).map((d) => ({ params: { slug: d.slug } }));

export const GET: APIRoute = async ({ params }) => jsonResponse(departmentDownloadOf(await allDepartmentYears(), params.slug!));
