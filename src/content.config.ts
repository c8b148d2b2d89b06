// Content collections. The ingest's output (content/departments/, content/ingest-report.json,
// or wherever PORTAL_CONTENT points), validated with the same zod schema the ingest used; and
// the hand-maintained reference data in the repository's own content/ (content/README.md).
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { departmentYear } from './lib/schema.ts';
import { readIngestReport } from './lib/ingest-report.ts';
import { ingestFile } from './lib/ingest-report-schema.ts';
import { functionalCode } from './lib/classification/schema.ts';

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

// 支出功能分类科目, keyed by code: names and older names of the subject pages. The ingest reads the
// same file through src/lib/classification/functional.ts.
const functionalClassification = defineCollection({
  loader: file('content/classification/functional.json', {
    parser: (text) => (JSON.parse(text) as { code: string }[]).map((entry) => ({ id: entry.code, ...entry })),
  }),
  schema: functionalCode,
});

export const collections = { departments, ingestFiles, functionalClassification };
