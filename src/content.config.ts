// Content collections: the ingest's output, validated with the same zod schema the ingest used.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { departmentYear } from './lib/schema.ts';
import { ingestFile, readIngestReport } from './lib/ingest-report.ts';

const contentDir = process.env.PORTAL_CONTENT ?? 'content';

const departments = defineCollection({
  loader: glob({ pattern: '*.json', base: `${contentDir}/departments` }),
  schema: departmentYear,
});

// One entry per input file listed in ingest-report.json (empty when the report is absent).
const ingestFiles = defineCollection({
  loader: async () => readIngestReport(contentDir).files.map((file) => ({ id: file.file, ...file })),
  schema: ingestFile,
});

export const collections = { departments, ingestFiles };
