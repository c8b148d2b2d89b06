// Peak memory of a step's whole process tree, sampled from /proc. A step's own maxRSS
// (process.resourceUsage) misses helpers it spawns — Pagefind's Rust binary, esbuild —
// which run at the same time as the Node process, so their memory adds up.
import { readdirSync, readFileSync } from 'node:fs';

/** Parent pid of every live process (pid → ppid), read from /proc/<pid>/stat. */
function parentsByPid(): Map<number, number> {
  const parents = new Map<number, number>();
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return parents; // not Linux: no tree sampling, the step's own maxRSS still counts
  }
  for (const pid of pids) {
    try {
      // "pid (comm) state ppid …": comm may contain spaces and parentheses, so split after the last ")".
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(pid), ppid);
    } catch {
      // the process ended while we looked
    }
  }
  return parents;
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

export interface RssSampler {
  /** Stops sampling; the largest summed RSS of the tree seen, in bytes. */
  stop(): number;
}

export function sampleTreeRss(root: number, everyMs = 200): RssSampler {
  let peak = 0;
  const sample = () => {
    const total = processTree(root, parentsByPid()).reduce((sum, pid) => sum + residentBytes(pid), 0);
    peak = Math.max(peak, total);
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
