// A worker module that cannot start, for worker-pool.test.ts: it notes each start in the file
// named by BROKEN_WORKER_LOG, then throws.
import { appendFileSync } from 'node:fs';

appendFileSync(process.env.BROKEN_WORKER_LOG!, 'started\n');
throw new Error('this worker cannot start');
