// In-memory ingest effects: the tests hand the ingest a map of files and read its output back.
import type { IngestEffects } from '../../scripts/ingest/ingest.ts';

export function memoryEffects(files: Record<string, Uint8Array | string>) {
  const output = new Map<string, string>();
  const effects: IngestEffects = {
    listReports: async () => Object.keys(files),
    readFile: async (file) => {
      const content = files[file];
      return typeof content === 'string' ? new TextEncoder().encode(content) : content;
    },
    writeOutput: async (written) => {
      for (const [k, v] of written) output.set(k, v);
    },
    finishOutput: async (written) => {
      for (const key of [...output.keys()]) if (!written.has(key)) output.delete(key);
    },
  };
  return { effects, output };
}
