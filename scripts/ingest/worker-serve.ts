// The worker's side of worker-pool.ts: say it is ready (its modules loaded), then do the jobs
// it is sent one at a time, in the order sent, and post back each result. The pool hands a
// worker its next job before the current one is done, so that the worker never waits for the
// ingest's thread between jobs; the jobs still run one after another, never side by side.
//
// A job that throws, or that leaves a promise rejected with nothing to handle it (pdf.js does,
// on some broken files), is answered with the error, by its id: the pool cannot blame the wrong
// job, as it could when such a rejection ended the worker just after it had answered, while the
// pool already counted the next job as the one running.
import { parentPort } from 'node:worker_threads';

/** A job's result, and the buffers to hand over with it rather than copy. */
export interface Done<O> { result: O; transfer?: ArrayBuffer[] }

/** What the worker posts for a job: its result, or the error it broke on. */
export type Answer<O> = { id: number; result: O } | { id: number; error: string };

export function serveJobs<I, O>(run: (input: I) => Promise<Done<O>>): void {
  /** The rejections nothing handled while the current job ran; undefined between jobs. */
  let strays: unknown[] | undefined;
  // A rejection between jobs belongs to no job still running (each job waits for its own to
  // surface before it answers, below): it is let go, where by default it would end the worker.
  process.on('unhandledRejection', (reason) => strays?.push(reason));
  let previous: Promise<void> = Promise.resolve();
  parentPort!.on('message', ({ id, input }: { id: number; input: I }) => {
    previous = previous.then(async () => {
      strays = [];
      let answer: Answer<O>;
      let transfer: ArrayBuffer[] = [];
      try {
        const done = await run(input);
        answer = { id, result: done.result };
        transfer = done.transfer ?? [];
      } catch (error) {
        answer = { id, error: String(error) };
      }
      // One turn of the event loop: Node reports a rejection left unhandled at the end of the
      // turn it happened in, so one the job left behind (pdf.js's, while closing a file) is seen now.
      await new Promise((resolve) => setImmediate(resolve));
      if (strays.length > 0) answer = { id, error: String(strays[0]) };
      strays = undefined;
      parentPort!.postMessage(answer, 'result' in answer ? transfer : []);
    });
  });
  parentPort!.postMessage({ ready: true });
}
