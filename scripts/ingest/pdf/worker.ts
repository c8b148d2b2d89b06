// Worker thread: reads the PDFs it is sent, one at a time, and posts back what it read
// (worker-serve.ts, which answers a read that throws, or that pdf.js leaves a rejection
// unhandled on, with the error). Run by pool.ts, which bounds each file's time and the
// worker's memory. Loading pdf.js (the import below) takes a while on a busy machine: the
// worker says when it is done.
import { serveJobs } from '../worker-serve.ts';
import { readPdf } from './read.ts';

serveJobs(async (bytes: Uint8Array) => ({ result: await readPdf(bytes) }));
