// The worker's side of worker-pool.ts: say it is ready (its modules loaded), then do the jobs
// it is sent one at a time, in the order sent, and post back each result. The pool hands a
// worker its next job before the current one is done, so that the worker never waits for the
// ingest's thread between jobs; the jobs still run one after another, never side by side.
import { parentPort } from 'node:worker_threads';

/** A job's result, and the buffers to hand over with it rather than copy. */
export interface Done<O> { result: O; transfer?: ArrayBuffer[] }

export function serveJobs<I, O>(run: (input: I) => Promise<Done<O>>): void {
  let previous: Promise<void> = Promise.resolve();
  parentPort!.on('message', ({ id, input }: { id: number; input: I }) => {
    previous = previous.then(async () => {
      const { result, transfer } = await run(input);
      parentPort!.postMessage({ id, result }, transfer ?? []);
    });
  });
  parentPort!.postMessage({ ready: true });
}
