// /data/schema.json: the JSON Schema of one department-year, generated from the zod contract.
// The other files on /data/ are written after `astro build` by scripts/write-downloads.ts.
import { z } from 'astro/zod';
import { departmentYear } from './schema.ts';

/**
 * JSON Schema (draft 2020-12) of one department-year, generated from the zod contract. Its
 * `$id` is its address under `siteUrl` (the site with its base path); without a site there is
 * no address to claim, and no `$id`.
 */
export function departmentYearJsonSchema(siteUrl?: string): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(departmentYear) as Record<string, unknown>;
  return {
    $schema,
    ...(siteUrl ? { $id: new URL('data/schema.json', siteUrl).href } : {}),
    title: '部门决算 · 一个部门一个年度（department-year）',
    description: 'One department-year of the portal, as published in /data/departments/<slug>.json under "years". Amounts in 万元.',
    ...rest,
  };
}
