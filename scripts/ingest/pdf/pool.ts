// Read PDFs in worker threads, so that one pathological file cannot hang or crash the
// ingest: each file has a time limit and each worker a memory limit; a worker that breaks
// either is ended, the file reported, and a fresh worker takes the next file.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PdfReading } from './read.ts';

export interface PdfReader {
  read(bytes: Uint8Array): Promise<PdfReading>;
  close(): Promise<void>;
}

export interface PoolOptions {
  workers?: number;
  /** Per file. */
  timeoutMs?: number;
  /** Per worker (V8 old generation). */
  memoryMb?: number;
}

const CLOSED = 'the PDF reader was closed before this file was read';
const closedBeforeReading: PdfReading = { ok: false, code: 'pdf-unreadable', message: CLOSED };

interface Job { id: number; bytes: Uint8Array; resolve: (r: PdfReading) => void }
interface Slot { worker: Worker; ready: boolean; job?: Job; timer?: NodeJS.Timeout }

export function pdfPool(options: PoolOptions = {}): PdfReader {
  const size = Math.max(1, options.workers ?? availableParallelism());
  const timeoutMs = options.timeoutMs ?? 120_000;
  const memoryMb = options.memoryMb ?? 1024;
  const queue: Job[] = [];
  const slots: Slot[] = [];
  let nextId = 1;
  let closed = false;

  const spawn = (): Slot => {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: memoryMb } });
    const slot: Slot = { worker, ready: false };
    worker.on('message', (message: { ready: true } | { id: number; result: PdfReading }) => {
      if ('ready' in message) {
        // pdf.js is loaded: the file's time starts now, not while the worker started up.
        slot.ready = true;
        if (slot.job) startTimer(slot);
        return;
      }
      if (slot.job?.id !== message.id) return;
      finish(slot, message.result);
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const tooLarge = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      fail(slot, tooLarge
        ? `reading the PDF needed more than ${memoryMb} MB of memory; it was stopped`
        : `the PDF reader failed (${error.message})`);
    });
    worker.on('exit', () => {
      if (slot.job) fail(slot, 'the PDF reader stopped unexpectedly');
    });
    // After the listeners: adding a 'message' listener refs the worker again.
    worker.unref();
    return slot;
  };

  const finish = (slot: Slot, result: PdfReading) => {
    clearTimeout(slot.timer);
    const job = slot.job!;
    slot.job = undefined;
    job.resolve(result);
    pump();
  };

  /** The worker is broken (timed out, out of memory, crashed): replace it. */
  const fail = (slot: Slot, message: string) => {
    if (!slot.job) return;
    const job = slot.job;
    slot.job = undefined;
    clearTimeout(slot.timer);
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    if (!closed) slots[slots.indexOf(slot)] = spawn();
    job.resolve({ ok: false, code: 'pdf-unreadable', message });
    pump();
  };

  const startTimer = (slot: Slot) => {
    clearTimeout(slot.timer);
    slot.timer = setTimeout(() => fail(slot, `reading the PDF took longer than ${timeoutMs / 1000} s; it was stopped`), timeoutMs);
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
      // Before the worker is ready, allow it a minute to start on top of the file's time.
      if (slot.ready) startTimer(slot);
      else slot.timer = setTimeout(() => fail(slot, 'the PDF reader did not start within a minute'), timeoutMs + 60_000);
      slot.worker.postMessage({ id: job.id, bytes: job.bytes });
    }
    for (const slot of slots) if (slot && !slot.job) slot.worker.unref();
  };

  return {
    read(bytes) {
      if (closed) return Promise.resolve(closedBeforeReading);
      return new Promise((resolve) => {
        queue.push({ id: nextId++, bytes, resolve });
        pump();
      });
    },
    async close() {
      closed = true;
      // Every read settles: the queued ones and those in flight, whose workers end here.
      for (const job of queue.splice(0)) job.resolve(closedBeforeReading);
      for (const slot of slots) if (slot?.job) fail(slot, CLOSED);
      await Promise.all(slots.map((s) => s?.worker.terminate()));
    },
  };
}
