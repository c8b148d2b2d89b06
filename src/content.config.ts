// Content collections: the ingest's report on every input file (content/ingest-report.json, or
// wherever PORTAL_CONTENT points), validated with the schema the ingest wrote it with. The
// department-years themselves are not a collection: Astro would inline every one of them into
// its bundle. Pages read them through src/lib/content-store.ts instead.
import { defineCollection } from 'astro:content';
import { readIngestReport } from './lib/ingest-report.ts';
import { ingestFile } from './lib/ingest-report-schema.ts';

const contentDir = process.env.PORTAL_CONTENT ?? 'content';

// One entry per input file listed in ingest-report.json (empty when the report is absent).
const ingestFiles = defineCollection({
  loader: async () => readIngestReport(contentDir).files.map((file) => ({ id: file.file, ...file })),
  schema: ingestFile,
});

export const collections = { ingestFiles };
