// Work in worker threads, so that one pathological file cannot hang or crash the ingest:
// each job has a time limit and each worker a memory limit; a worker that breaks either is
// ended, its job answered with a failure, and a fresh worker takes the next job. The worker
// module (worker-serve.ts) posts { ready: true } once loaded (a job's time starts then),
// then answers each { id, input } with { id, result }, or { id, error } for a job that broke
// on an error the worker survives, one job at a time in the order sent.
// Each worker is handed its next job before the current one is done (AHEAD), so that it does
// not wait for this thread between jobs: measured on the 5,000-report ingest, a worker handed
// one job at a time waited 1.75 ms for its next after each 5 ms job while this thread wrote
// the one before.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Answer } from './worker-serve.ts';

export interface PoolOptions {
  workers?: number;
  /** Per job. */
  timeoutMs?: number;
  /** Per worker (V8 old generation). */
  memoryMb?: number;
}

export interface WorkerPool<I, O> {
  run(input: I, transfer?: ArrayBuffer[]): Promise<O>;
  close(): Promise<void>;
}

/** What a job that could not be done answers: why, and in words (Chinese, for the ingest report). */
export type Failure<O> = (why: 'closed' | 'timeout' | 'memory' | 'crash' | 'start', detail: string) => O;

/** The detail of a crash where the worker exited without an error of its own. */
export const WORKER_STOPPED = '读取程序意外停止';

/** Jobs a worker holds besides the one it is doing. */
const AHEAD = 1;

interface Job<I, O> { id: number; input: I; transfer?: ArrayBuffer[]; resolve: (r: O) => void }
/** A worker and the jobs handed to it, in order: the first is the one it is doing. */
interface Slot<I, O> { worker: Worker; ready: boolean; jobs: Job<I, O>[]; timer?: NodeJS.Timeout }

export function workerPool<I, O>(module: URL, failure: Failure<O>, options: PoolOptions = {}): WorkerPool<I, O> {
  const size = Math.max(1, options.workers ?? availableParallelism());
  const timeoutMs = options.timeoutMs ?? 120_000;
  const memoryMb = options.memoryMb ?? 1024;
  const queue: Job<I, O>[] = [];
  /** A worker per slot; none where one ended while idle, until a job needs it. */
  const slots: (Slot<I, O> | undefined)[] = [];
  let nextId = 1;
  let closed = false;

  const spawn = (): Slot<I, O> => {
    const worker = new Worker(module, { resourceLimits: { maxOldGenerationSizeMb: memoryMb } });
    const slot: Slot<I, O> = { worker, ready: false, jobs: [] };
    worker.on('message', (message: { ready: true } | Answer<O>) => {
      if ('ready' in message) {
        // The worker has loaded its modules: its first job's time starts now, not during start-up.
        slot.ready = true;
        startTimer(slot);
        return;
      }
      if (slot.jobs[0]?.id !== message.id) return;
      finish(slot, 'result' in message ? message.result : failure('crash', message.error));
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') fail(slot, failure('memory', `需要超过 ${memoryMb} 兆字节的内存，已停止`));
      else fail(slot, failure('crash', error.message));
    });
    worker.on('exit', () => fail(slot, failure('crash', WORKER_STOPPED)));
    // After the listeners: adding a 'message' listener refs the worker again.
    worker.unref();
    return slot;
  };

  /** The worker's current job is done; the next it holds starts (its time from now). */
  const finish = (slot: Slot<I, O>, result: O) => {
    const job = slot.jobs.shift()!;
    startTimer(slot);
    job.resolve(result);
    pump();
  };

  /**
   * The worker is broken (timed out, out of memory, crashed, or ended while idle): the job it
   * was doing is answered with `result`, and the jobs it held but had not begun go back to the
   * front of the queue. It is replaced at once when it broke on a job, else when a job needs
   * it, so that a worker that cannot start is not started again and again for nothing.
   */
  const fail = (slot: Slot<I, O>, result: O) => {
    const [job, ...held] = slot.jobs;
    slot.jobs = [];
    clearTimeout(slot.timer);
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    if (!closed) slots[slots.indexOf(slot)] = job ? spawn() : undefined;
    queue.unshift(...held);
    job?.resolve(result);
    pump();
  };

  /** The time limit of the job the worker is doing; before the worker is ready, a minute to start on top of it. */
  const startTimer = (slot: Slot<I, O>) => {
    clearTimeout(slot.timer);
    slot.timer = undefined;
    if (slot.jobs.length === 0) return;
    slot.timer = slot.ready
      ? setTimeout(() => fail(slot, failure('timeout', `超过了 ${timeoutMs / 1000} 秒，已停止`)), timeoutMs)
      : setTimeout(() => fail(slot, failure('start', '读取程序一分钟内没有启动')), timeoutMs + 60_000);
  };

  /** Queued jobs handed out: first one to each idle worker, then the jobs each holds ahead. */
  const pump = () => {
    if (closed) return;
    for (let held = 0; held <= AHEAD; held++) {
      for (let i = 0; i < size && queue.length > 0; i++) {
        const slot = (slots[i] ??= spawn());
        if (slot.jobs.length !== held) continue;
        const job = queue.shift()!;
        slot.jobs.push(job);
        slot.worker.ref();
        if (held === 0) startTimer(slot);
        // A job handed ahead is copied, not handed over: should the worker break on the job
        // before it, this one goes to another worker, and its buffers must still be here.
        slot.worker.postMessage({ id: job.id, input: job.input }, held === 0 ? (job.transfer ?? []) : []);
      }
    }
    for (const slot of slots) if (slot && slot.jobs.length === 0) slot.worker.unref();
  };

  // Started now, so that loading their modules overlaps whatever comes before the first job.
  for (let i = 0; i < size; i++) slots.push(spawn());

  return {
    run(input, transfer) {
      if (closed) return Promise.resolve(failure('closed', '读取程序在读到这个文件之前已关闭'));
      return new Promise((resolve) => {
        queue.push({ id: nextId++, input, transfer, resolve });
        pump();
      });
    },
    async close() {
      closed = true;
      // Every job settles: the queued ones, those held by workers and those in flight, whose workers end here.
      const live = slots.filter((slot) => slot !== undefined);
      const waiting = [...queue.splice(0), ...live.flatMap((slot) => slot.jobs.splice(1))];
      for (const job of waiting) job.resolve(failure('closed', '读取程序在读到这个文件之前已关闭'));
      for (const slot of live) fail(slot, failure('closed', '读取程序在读这个文件时已关闭'));
      await Promise.all(live.map((s) => s.worker.terminate()));
    },
  };
}
