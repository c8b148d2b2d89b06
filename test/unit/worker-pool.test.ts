// The worker pool (worker-pool.ts) hands each worker its next job before the current one is
// done. The jobs a worker holds still run one at a time, in order; a job held by a worker
// that breaks goes to a fresh worker with its buffers intact; a worker that ends while idle
// is replaced when a job needs it (not over and over when it cannot start); close() answers
// every job.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { workerPool, type Failure, type WorkerPool } from '../../scripts/ingest/worker-pool.ts';
import type { TestJob, TestResult } from '../helpers/test-worker.ts';

type Answer = TestResult | { failed: string; detail: string };
const failure: Failure<Answer> = (why, detail) => ({ failed: why, detail });
const module = new URL('../helpers/test-worker.ts', import.meta.url);

describe('workerPool', () => {
  let pool: WorkerPool<TestJob, Answer> | undefined;
  afterEach(async () => {
    await pool?.close();
    pool = undefined;
  });

  it('runs the jobs one worker holds one at a time, in the order given', async () => {
    pool = workerPool<TestJob, Answer>(module, failure, { workers: 1 });
    const results = (await Promise.all([40, 10, 30, 10].map((ms, i) => pool!.run({ do: 'wait', ms, name: `job ${i}` })))) as TestResult[];
    expect(results.map((r) => r.name)).toEqual(['job 0', 'job 1', 'job 2', 'job 3']);
    for (let i = 1; i < results.length; i++) expect(results[i].start).toBeGreaterThanOrEqual(results[i - 1].end);
  });

  it('a job held behind one that times out is done by a fresh worker, its handed-over bytes intact', async () => {
    pool = workerPool<TestJob, Answer>(module, failure, { workers: 1, timeoutMs: 300 });
    const bytes = new Uint8Array([1, 2, 3, 250]);
    const [slow, held] = await Promise.all([
      pool.run({ do: 'wait', ms: 60_000, name: 'slow' }),
      pool.run({ do: 'wait', ms: 0, name: 'held', bytes }, [bytes.buffer]),
    ]);
    expect(slow).toEqual({ failed: 'timeout', detail: '超过了 0.3 秒，已停止' });
    expect(held).toMatchObject({ name: 'held', sum: 256 });
  });

  it('replaces a worker that ends while idle: the next job is done, not timed out', async () => {
    pool = workerPool<TestJob, Answer>(module, failure, { workers: 1, timeoutMs: 60_000 });
    expect(await pool.run({ do: 'answer-then-exit', name: 'first' })).toMatchObject({ name: 'first' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Sent to the ended worker, it would be answered only at its time limit, as a time-out.
    expect(await pool.run({ do: 'wait', ms: 0, name: 'next' })).toMatchObject({ name: 'next' });
  });

  it('a job that leaves a rejection unhandled is answered with it, not the job after it; the same worker goes on', async () => {
    pool = workerPool<TestJob, Answer>(module, failure, { workers: 1, timeoutMs: 60_000 });
    const before = (await pool.run({ do: 'wait', ms: 0, name: 'before' })) as TestResult;
    const [left, next] = await Promise.all([
      pool.run({ do: 'reject-unhandled', when: 'before-answer', name: 'left' }),
      pool.run({ do: 'wait', ms: 0, name: 'next' }),
    ]);
    expect(left).toEqual({ failed: 'crash', detail: 'Error: left behind by left' });
    // The worker that did the job before is the one that does the next: it was not replaced.
    expect(next).toMatchObject({ name: 'next', worker: before.worker });
  });

  it('a rejection left unhandled after its job answered, while the worker is idle, fails no job', async () => {
    pool = workerPool<TestJob, Answer>(module, failure, { workers: 1, timeoutMs: 60_000 });
    const first = await pool.run({ do: 'reject-unhandled', when: 'after-answer', name: 'first' });
    expect(first).toMatchObject({ name: 'first' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await pool.run({ do: 'wait', ms: 0, name: 'next' })).toMatchObject({ name: 'next', worker: (first as TestResult).worker });
  });

  it('a job that throws is answered with the error; the same worker does the next', async () => {
    pool = workerPool<TestJob, Answer>(module, failure, { workers: 1, timeoutMs: 60_000 });
    const before = (await pool.run({ do: 'wait', ms: 0, name: 'before' })) as TestResult;
    const [thrown, next] = await Promise.all([pool.run({ do: 'throw', name: 'thrown' }), pool.run({ do: 'wait', ms: 0, name: 'next' })]);
    expect(thrown).toEqual({ failed: 'crash', detail: 'RangeError: thrown by thrown' });
    expect(next).toMatchObject({ name: 'next', worker: before.worker });
  });

  it('a worker that cannot start fails the jobs handed to it, and is not started again and again with none', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'worker-pool-'));
    const log = join(folder, 'starts.log');
    process.env.BROKEN_WORKER_LOG = log;
    try {
      const broken = workerPool<TestJob, Answer>(new URL('../helpers/broken-worker.ts', import.meta.url), failure, { workers: 1, timeoutMs: 60_000 });
      const answers = await Promise.all(['a', 'b'].map((name) => broken.run({ do: 'wait', ms: 0, name })));
      expect(answers).toEqual([
        { failed: 'crash', detail: 'this worker cannot start' },
        { failed: 'crash', detail: 'this worker cannot start' },
      ]);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await broken.close();
      // One worker for each job, and the one started after the last failure, idle: three.
      expect(readFileSync(log, 'utf8')).toBe('started\n'.repeat(3));
    } finally {
      delete process.env.BROKEN_WORKER_LOG;
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('close() answers the job in flight, the jobs workers hold and the queued ones', async () => {
    pool = workerPool<TestJob, Answer>(module, failure, { workers: 1, timeoutMs: 60_000 });
    const runs = ['a', 'b', 'c'].map((name) => pool!.run({ do: 'wait', ms: 60_000, name }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    await pool.close();
    expect(await Promise.all(runs)).toEqual([
      { failed: 'closed', detail: '读取程序在读这个文件时已关闭' },
      { failed: 'closed', detail: '读取程序在读到这个文件之前已关闭' },
      { failed: 'closed', detail: '读取程序在读到这个文件之前已关闭' },
    ]);
  });
});
