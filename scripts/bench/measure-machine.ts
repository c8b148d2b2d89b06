// How fast the machine is at the moment, read beside a corpus's measurements: the same small
// work every time, in a fresh process as each build step is. A computation that stays in the
// processor's registers, the first write of 256 MB of fresh memory (a page fault per page) and
// a second write of the same memory. On a virtual machine whose host is short of memory the
// last two slow by several times while the first does not, and every step of a build slows
// with them; the three readings tell such a run from a slower build.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface MachineProbe {
  /** Milliseconds of a fixed integer loop (100 million steps). */
  computeMs: number;
  /** Milliseconds to write 256 MB of freshly allocated memory once. */
  firstWriteMs: number;
  /** Milliseconds to write the same 256 MB again. */
  rewriteMs: number;
}

const MEMORY_BYTES = 256 * 1024 * 1024;
const LOOP_STEPS = 100_000_000;

/** The probe, run in a child process of its own. */
export function probeMachine(): MachineProbe {
  const output = execFileSync(process.execPath, [fileURLToPath(import.meta.url)], { encoding: 'utf8' });
  return JSON.parse(output) as MachineProbe;
}

function probeHere(): MachineProbe {
  let started = performance.now();
  let x = 0;
  for (let i = 0; i < LOOP_STEPS; i++) x = (x * 31 + i) | 0;
  const computeMs = performance.now() - started;
  // The result is used, so the loop cannot be left out.
  if (x === 0.5) throw new Error('unreachable');
  started = performance.now();
  const memory = Buffer.allocUnsafeSlow(MEMORY_BYTES);
  memory.fill(1);
  const firstWriteMs = performance.now() - started;
  started = performance.now();
  memory.fill(2);
  const rewriteMs = performance.now() - started;
  return { computeMs: Math.round(computeMs), firstWriteMs: Math.round(firstWriteMs), rewriteMs: Math.round(rewriteMs) };
}

if (import.meta.main) process.stdout.write(`${JSON.stringify(probeHere())}\n`);
