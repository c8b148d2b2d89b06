// A worker for worker-pool.test.ts (worker-serve.ts): each job says what to do, and its result
// says when it ran (so the test can see jobs never overlap) and what its bytes held.
import { threadId } from 'node:worker_threads';
import { serveJobs } from '../../scripts/ingest/worker-serve.ts';

export type TestJob =
  | { do: 'wait'; ms: number; name: string; bytes?: Uint8Array }
  /** Exit after answering, while idle: the pool must replace the worker before the next job. */
  | { do: 'answer-then-exit'; name: string }
  /** Leave a promise rejected with nothing to handle it, as pdf.js does on some files: just before answering, or after. */
  | { do: 'reject-unhandled'; when: 'before-answer' | 'after-answer'; name: string }
  | { do: 'throw'; name: string };

/** `worker`: the thread that did the job. */
export interface TestResult { name: string; start: number; end: number; worker: number; sum?: number }

serveJobs(async (job: TestJob) => {
  const start = performance.timeOrigin + performance.now();
  if (job.do === 'answer-then-exit') setTimeout(() => process.exit(3), 20);
  else if (job.do === 'reject-unhandled' && job.when === 'before-answer') void Promise.reject(new Error(`left behind by ${job.name}`));
  else if (job.do === 'reject-unhandled') setTimeout(() => void Promise.reject(new Error(`left behind by ${job.name}`)), 20);
  else if (job.do === 'throw') throw new RangeError(`thrown by ${job.name}`);
  else await new Promise((resolve) => setTimeout(resolve, job.ms));
  const sum = job.do === 'wait' && job.bytes ? job.bytes.reduce((a, b) => a + b, 0) : undefined;
  return { result: { name: job.name, start, end: performance.timeOrigin + performance.now(), worker: threadId, ...(sum === undefined ? {} : { sum }) } };
});
