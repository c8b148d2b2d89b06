// Fuzzing the ingest (bounded and deterministic): thousands of damaged variants of the
// seeds. The ingest never throws, never hangs, accounts for every file, every output
// validates, and every figure that fails a check carries that failing check.
import { describe, expect, it } from 'vitest';
import { departmentYear } from '../../src/lib/schema.ts';
import { runChecks } from '../../scripts/ingest/checks/index.ts';
import { runIngest } from '../../scripts/ingest/ingest.ts';
import { MUTATIONS, seededRandom } from '../helpers/mutations.ts';
import { SEED_FILES, seedText } from '../helpers/seeds.ts';

const ROUNDS = Number(process.env.FUZZ_ROUNDS ?? 40); // × 12 mutations × 5 seeds
/** A hang guard, not a speed target: no single file may take this long. */
const PER_FILE_LIMIT_MS = 5_000;
/** Damage that must always be reported, with the code that names it. */
const ALWAYS_REPORTED: Record<string, string> = { 'huge-line': 'line-too-long', 'nul-bytes': 'binary-file' };

describe('fuzzed ingest', () => {
  const texts = SEED_FILES.map((f) => [f, seedText(f)] as const);
  const found = new Map<string, number>();

  for (const mutation of MUTATIONS) {
    it(`${mutation.name}: ${ROUNDS * texts.length} variants`, { timeout: 300_000 }, async () => {
      // Variants are made when the ingest reads them (a multi-megabyte line × 200 would not
      // fit in memory at once), each from its own seed so the order of reading does not matter.
      const variants = new Map<string, { text: string; seed: number }>();
      for (let round = 0; round < ROUNDS; round++) {
        texts.forEach(([file, text], i) => variants.set(`fuzz/${mutation.name}/${round}-${file.slice(6)}`, { text, seed: round * 97 + i + mutation.name.length * 7919 }));
      }
      const output = new Map<string, Uint8Array | string>();
      const timings: number[] = [];
      let last = performance.now();
      const { report, entries } = await runIngest({
        listReports: async () => [...variants.keys()],
        readFile: async (file) => {
          const { text, seed } = variants.get(file)!;
          const variant = mutation.apply(text, seededRandom(seed));
          return typeof variant === 'string' ? new TextEncoder().encode(variant) : variant;
        },
        writeOutput: async (written) => { for (const [k, v] of written) output.set(k, v); },
        onFile: () => { const now = performance.now(); timings.push(now - last); last = now; },
      });

      expect(report.files.length).toBe(variants.size);
      expect(Math.max(...timings)).toBeLessThan(PER_FILE_LIMIT_MS);
      const internal = report.files.flatMap((f) => f.messages).filter((m) => m.code === 'internal-error' || m.code === 'schema-invalid');
      expect(internal.map((m) => `${m.file}: ${m.message}`).slice(0, 3)).toEqual([]);
      for (const f of report.files) for (const m of f.messages) found.set(m.code, (found.get(m.code) ?? 0) + 1);
      const expectedCode = ALWAYS_REPORTED[mutation.name];
      if (expectedCode) expect(report.files.filter((f) => !f.messages.some((m) => m.code === expectedCode)).map((f) => f.file)).toEqual([]);

      for (const entry of entries) {
        expect(departmentYear.safeParse(entry).success).toBe(true);
        // Every check that does not pass on the published figures is published with them.
        const published = new Set(entry.checks.map((c) => `${c.id}|${c.status}|${c.message}`));
        const recomputed = runChecks({ ...entry, checks: [] }, { documents: [] }).filter((c) => c.status === 'fail' && !c.id.startsWith('narrative') && !c.id.startsWith('sources'));
        for (const c of recomputed) expect(published, c.message).toContain(`${c.id}|${c.status}|${c.message}`);
      }
      expect(output.has('ingest-report.json')).toBe(true);
    });
  }

  it('records what the fuzzing found', () => {
    console.log(`fuzz: ${ROUNDS * texts.length * MUTATIONS.length} inputs; messages by code: ${JSON.stringify(Object.fromEntries([...found].sort()))}`);
    expect(found.get('line-too-long')).toBe(ROUNDS * texts.length);
  });
});
