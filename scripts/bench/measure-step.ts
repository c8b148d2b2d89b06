// Runs one step (measure-child.ts) as a child process and returns what it measured, with
// the peak RSS of its whole process tree. The child's output goes to a log file so a
// failure can be reported with its own words.
import { spawn } from 'node:child_process';
import { openSync, closeSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StepName, StepOptions } from './measure-child.ts';
import { sampleProcessTree } from './measure-process-tree.ts';

const CHILD = fileURLToPath(new URL('./measure-child.ts', import.meta.url));

export interface StepResult {
  ok: boolean;
  /** Wall-clock seconds of the step's work, measured inside the child (startup excluded). */
  seconds: number;
  /** CPU seconds of the step (user + system), the child and everything it started: less
   *  sensitive than wall-clock time to other work on the machine. */
  cpuSeconds: number;
  /** Peak RSS in bytes: the larger of the child's own maxRSS and the sampled process-tree sum. */
  peakRssBytes: number;
  figures: Record<string, number | string | null>;
  /** The last lines the child wrote, when it failed. */
  error?: string;
}

export interface StepContext {
  /** Working folder for results and logs. */
  workDir: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export async function measureStep(name: StepName, options: StepOptions, context: StepContext): Promise<StepResult> {
  const resultFile = join(context.workDir, `step-${name}.json`);
  const logFile = join(context.workDir, `step-${name}.log`);
  const log = openSync(logFile, 'w');
  const child = spawn(process.execPath, [CHILD, name, JSON.stringify(options), resultFile], { cwd: context.cwd, env: context.env, stdio: ['ignore', log, log] });
  const sampler = sampleProcessTree(child.pid!);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const sampled = sampler.stop();
  closeSync(log);
  if (code !== 0) {
    const tail = readFileSync(logFile, 'utf8').trim().split('\n').slice(-15).join('\n');
    return { ok: false, seconds: 0, cpuSeconds: 0, peakRssBytes: sampled.peakRssBytes, figures: {}, error: `${name} exited with ${code}:\n${tail}` };
  }
  const result = JSON.parse(readFileSync(resultFile, 'utf8')) as { seconds: number; cpuSeconds: number; maxRssBytes: number; figures: StepResult['figures'] };
  return {
    ok: true, seconds: result.seconds, cpuSeconds: result.cpuSeconds + sampled.descendantCpuSeconds,
    peakRssBytes: Math.max(result.maxRssBytes, sampled.peakRssBytes), figures: result.figures,
  };
}
