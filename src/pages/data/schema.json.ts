// /data/schema.json — JSON Schema of one department-year, generated from the zod contract.
import type { APIRoute } from 'astro';
import { departmentYearJsonSchema } from '../../lib/downloads.ts';
import { jsonResponse } from '../../lib/json-response.ts';

export const GET: APIRoute = ({ site }) => jsonResponse(departmentYearJsonSchema(new URL(import.meta.env.BASE_URL, site ?? 'https://example.org').href));
