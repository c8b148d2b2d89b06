// /data/expenditure.csv — every expenditure-by-function row, UTF-8 with BOM for Excel.
import type { APIRoute } from 'astro';
import { allDepartmentYears } from '../../lib/collections.ts';
import { expenditureCsv } from '../../lib/downloads.ts';

export const GET: APIRoute = async () =>
  new Response(expenditureCsv(await allDepartmentYears()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
