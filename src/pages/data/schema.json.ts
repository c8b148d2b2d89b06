// /data/schema.json — JSON Schema of one department-year, generated from the zod contract.
import type { APIRoute } from 'astro';
import { departmentYearJsonSchema } from '../../lib/downloads.ts';
import { jsonResponse } from '../../lib/json-response.ts';

// Its $id is its address on the site; without PORTAL_SITE the site has no address, and the schema no $id.
export const GET: APIRoute = ({ site }) => jsonResponse(departmentYearJsonSchema(site && new URL(import.meta.env.BASE_URL, site).href));
