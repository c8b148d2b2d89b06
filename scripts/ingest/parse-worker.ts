// Worker thread: does the jobs it is sent (document-jobs.ts), one at a time, and posts back
// each result. Run by document-pool.ts. Node's compile cache (in the system's temporary
// folder, keyed by each file's content) spares a new worker most of the time it would spend
// reading the ingest's TypeScript, so it is turned on before they are loaded.
import { enableCompileCache } from 'node:module';
import { parentPort } from 'node:worker_threads';

enableCompileCache();
const { runJob } = await import('./document-jobs.ts');

parentPort!.postMessage({ ready: true });

parentPort!.on('message', async ({ id, input }) => {
  const { result, transfer } = await runJob(input);
  parentPort!.postMessage({ id, result }, transfer);
});
