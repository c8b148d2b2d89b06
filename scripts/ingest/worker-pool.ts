// Work in worker threads, so that one pathological file cannot hang or crash the ingest:
// each job has a time limit and each worker a memory limit; a worker that breaks either is
// ended, its job answered with a failure, and a fresh worker takes the next job. The worker
// module posts { ready: true } once loaded (a job's time starts then), then answers each
// { id, input } with { id, result }.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

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

interface Job<I, O> { id: number; input: I; transfer?: ArrayBuffer[]; resolve: (r: O) => void }
interface Slot<I, O> { worker: Worker; ready: boolean; job?: Job<I, O>; timer?: NodeJS.Timeout }

export function workerPool<I, O>(module: URL, failure: Failure<O>, options: PoolOptions = {}): WorkerPool<I, O> {
  const size = Math.max(1, options.workers ?? availableParallelism());
  const timeoutMs = options.timeoutMs ?? 120_000;
  const memoryMb = options.memoryMb ?? 1024;
  const queue: Job<I, O>[] = [];
  const slots: Slot<I, O>[] = [];
  let nextId = 1;
  let closed = false;

  const spawn = (): Slot<I, O> => {
    const worker = new Worker(module, { resourceLimits: { maxOldGenerationSizeMb: memoryMb } });
    const slot: Slot<I, O> = { worker, ready: false };
    worker.on('message', (message: { ready: true } | { id: number; result: O }) => {
      if ('ready' in message) {
        // The worker has loaded its modules: the job's time starts now, not during start-up.
        slot.ready = true;
        if (slot.job) startTimer(slot);
        return;
      }
      if (slot.job?.id !== message.id) return;
      finish(slot, message.result);
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') fail(slot, failure('memory', `需要超过 ${memoryMb} 兆字节的内存，已停止`));
      else fail(slot, failure('crash', error.message));
    });
    worker.on('exit', () => {
      if (slot.job) fail(slot, failure('crash', WORKER_STOPPED));
    });
    // After the listeners: adding a 'message' listener refs the worker again.
    worker.unref();
    return slot;
  };

  const finish = (slot: Slot<I, O>, result: O) => {
    clearTimeout(slot.timer);
    const job = slot.job!;
    slot.job = undefined;
    job.resolve(result);
    pump();
  };

  /** The worker is broken (timed out, out of memory, crashed): replace it. */
  const fail = (slot: Slot<I, O>, result: O) => {
    if (!slot.job) return;
    const job = slot.job;
    slot.job = undefined;
    clearTimeout(slot.timer);
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    if (!closed) slots[slots.indexOf(slot)] = spawn();
    job.resolve(result);
    pump();
  };

  const startTimer = (slot: Slot<I, O>) => {
    clearTimeout(slot.timer);
    slot.timer = setTimeout(() => fail(slot, failure('timeout', `超过了 ${timeoutMs / 1000} 秒，已停止`)), timeoutMs);
  };

  const pump = () => {
    if (closed) return;
    for (let i = 0; i < size && queue.length > 0; i++) {
      slots[i] ??= spawn();
      const slot = slots[i];
      if (slot.job) continue;
      const job = queue.shift()!;
      slot.job = job;
      slot.worker.ref();
      // Before the worker is ready, allow it a minute to start on top of the job's time.
      if (slot.ready) startTimer(slot);
      else slot.timer = setTimeout(() => fail(slot, failure('start', '读取程序一分钟内没有启动')), timeoutMs + 60_000);
      slot.worker.postMessage({ id: job.id, input: job.input }, job.transfer ?? []);
    }
    for (const slot of slots) if (slot && !slot.job) slot.worker.unref();
  };

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
      // Every job settles: the queued ones and those in flight, whose workers end here.
      for (const job of queue.splice(0)) job.resolve(failure('closed', '读取程序在读到这个文件之前已关闭'));
      for (const slot of slots) if (slot?.job) fail(slot, failure('closed', '读取程序在读这个文件时已关闭'));
      await Promise.all(slots.map((s) => s?.worker.terminate()));
    },
  };
}
