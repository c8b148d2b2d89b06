// /data/all.json — every department with all its years.
import type { APIRoute } from 'astro';
import { allDepartmentYears } from '../../lib/collections.ts';
import { bulkDownload } from '../../lib/downloads.ts';
import { jsonResponse } from '../../lib/json-response.ts';

export const GET: APIRoute = async () => jsonResponse(bulkDownload(await allDepartmentYears()), { compact: true });
