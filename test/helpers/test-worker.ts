// A worker for worker-pool.test.ts (worker-serve.ts): each job says what to do, and its result
// says when it ran (so the test can see jobs never overlap) and what its bytes held.
import { serveJobs } from '../../scripts/ingest/worker-serve.ts';

export type TestJob =
  | { do: 'wait'; ms: number; name: string; bytes?: Uint8Array }
  /** Exit after answering, while idle: the pool must replace the worker before the next job. */
  | { do: 'answer-then-exit'; name: string };

export interface TestResult { name: string; start: number; end: number; sum?: number }

serveJobs(async (job: TestJob) => {
  const start = performance.timeOrigin + performance.now();
  if (job.do === 'answer-then-exit') setTimeout(() => process.exit(3), 20);
  else await new Promise((resolve) => setTimeout(resolve, job.ms));
  const sum = job.do === 'wait' && job.bytes ? job.bytes.reduce((a, b) => a + b, 0) : undefined;
  return { result: { name: job.name, start, end: performance.timeOrigin + performance.now(), ...(sum === undefined ? {} : { sum }) } };
});
