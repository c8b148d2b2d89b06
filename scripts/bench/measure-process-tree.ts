// Peak memory and CPU time of a step's whole process tree, sampled from /proc. A step's
// own maxRSS (process.resourceUsage) misses helpers it spawns — Pagefind's Rust binary,
// esbuild, Chromium — which run at the same time as the Node process, so their memory adds up.
import { readdirSync, readFileSync } from 'node:fs';

interface ProcessStat { ppid: number; cpuTicks: number }

/** Parent pid and CPU ticks (user + system) of every live process, read from /proc/<pid>/stat. */
function processStats(): Map<number, ProcessStat> {
  const stats = new Map<number, ProcessStat>();
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return stats; // not Linux: no tree sampling, the step's own maxRSS still counts
  }
  for (const pid of pids) {
    try {
      // "pid (comm) state ppid … utime stime …" (fields 14, 15): comm may contain spaces
      // and parentheses, so split after the last ")"; field 3 is then index 0.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      stats.set(Number(pid), { ppid: Number(fields[1]), cpuTicks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // the process ended while we looked
    }
  }
  return stats;
}

/** `root` and all its descendants. */
export function processTree(root: number, parents: ReadonlyMap<number, number>): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parents) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const tree: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift()!;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

function residentBytes(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Clock ticks per second of /proc's CPU times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

export interface TreeSample {
  /** The largest summed RSS of the tree seen, in bytes. */
  peakRssBytes: number;
  /** CPU seconds of the root's descendants, as last seen (a descendant's last moments may be missed). */
  descendantCpuSeconds: number;
}

export interface TreeSampler {
  stop(): TreeSample;
}

export function sampleProcessTree(root: number, everyMs = 200): TreeSampler {
  let peak = 0;
  const cpuTicks = new Map<number, number>();
  const sample = () => {
    const stats = processStats();
    const parents = new Map([...stats].map(([pid, s]) => [pid, s.ppid]));
    let total = 0;
    for (const pid of processTree(root, parents)) {
      total += residentBytes(pid);
      if (pid !== root) cpuTicks.set(pid, stats.get(pid)?.cpuTicks ?? 0);
    }
    peak = Math.max(peak, total);
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      clearInterval(timer);
      const ticks = [...cpuTicks.values()].reduce((sum, t) => sum + t, 0);
      return { peakRssBytes: peak, descendantCpuSeconds: ticks / TICKS_PER_SECOND };
    },
  };
}
