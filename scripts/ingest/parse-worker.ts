// Worker thread: does the jobs it is sent (document-jobs.ts), one at a time, and posts back
// each result (worker-serve.ts). Run by document-pool.ts. Node's compile cache (in the
// system's temporary folder, keyed by each file's content) spares a new worker most of the
// time it would spend reading the ingest's TypeScript, so it is turned on before they are loaded.
import { enableCompileCache } from 'node:module';
import { serveJobs } from './worker-serve.ts';

enableCompileCache();
const { runJob } = await import('./document-jobs.ts');

serveJobs(runJob);
