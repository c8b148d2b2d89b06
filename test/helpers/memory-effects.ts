// In-memory ingest effects: the tests hand the ingest a map of files and read its output back;
// and an in-memory ingest cache.
import type { IngestCache } from '../../scripts/ingest/document-cache.ts';
import type { IngestEffects } from '../../scripts/ingest/ingest.ts';

const decoder = new TextDecoder();

export function memoryEffects(files: Record<string, Uint8Array | string>) {
  const output = new Map<string, string>();
  const effects: IngestEffects = {
    listReports: async () => Object.keys(files),
    readFile: async (file) => {
      const content = files[file];
      return typeof content === 'string' ? new TextEncoder().encode(content) : content;
    },
    writeOutput: async (written) => {
      for (const [k, v] of written) output.set(k, typeof v === 'string' ? v : decoder.decode(v));
    },
    finishOutput: async (written) => {
      for (const key of [...output.keys()]) if (!written.has(key)) output.delete(key);
    },
  };
  return { effects, output };
}

/** An ingest cache in memory; `forget` loses an entry, as a damaged cache would. */
export function memoryCache(): IngestCache & { forget: (key: string) => void } {
  const entries = new Map<string, Uint8Array[]>();
  return {
    getPart: async (key, index) => entries.get(key)?.[index]?.slice(),
    setParts: async (key, given) => void entries.set(key, given.map((p) => p.slice())),
    forget: (key) => void entries.delete(key),
  };
}
