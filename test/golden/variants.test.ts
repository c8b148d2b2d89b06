// The same report in other encodings, line ends and digit widths must give exactly the
// figures of its golden: only the source's sha256 (and the id taken from it) may differ.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DepartmentYear } from '../../src/lib/schema.ts';
import { runIngest } from '../../scripts/ingest/ingest.ts';
import { memoryEffects } from '../helpers/memory-effects.ts';
import { SEED_FILES, seedText } from '../helpers/seeds.ts';
import { encodeGb18030 } from '../unit/helpers/gb18030.ts';

const utf16le = (text: string) => {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) { const c = text.charCodeAt(i); bytes[2 + 2 * i] = c & 0xff; bytes[3 + 2 * i] = c >> 8; }
  return bytes;
};
const crlf = (text: string) => text.replace(/\n/g, '\r\n');
const fullWidthDigits = (text: string) => text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

const VARIANTS: [string, (text: string) => Uint8Array | string][] = [
  ['GB18030 + CRLF', (t) => encodeGb18030(crlf(t))],
  ['UTF-16LE with BOM', utf16le],
  ['UTF-8 with BOM + CR line ends', (t) => `\uFEFF${t.replace(/\n/g, '\r')}`],
  ['full-width digits', fullWidthDigits],
];

const golden = (file: string): DepartmentYear => JSON.parse(readFileSync(`test/golden/${basename(file).replace(/\.\w+$/, '')}.json`, 'utf8'));
const withoutHashes = (e: DepartmentYear) => ({ ...e, sources: e.sources.map(({ sha256: _hash, id: _id, ...rest }) => rest) });

describe.each(VARIANTS)('%s', (_name, transform) => {
  it.each(SEED_FILES)('%s gives the golden figures', async (file) => {
    const { effects, output } = memoryEffects({ [file]: transform(seedText(file)) });
    const { report } = await runIngest(effects);
    expect(report.files[0].status).not.toBe('error');
    const entry = JSON.parse(output.get(report.files[0].entry!)!) as DepartmentYear;
    expect(withoutHashes(entry)).toEqual(withoutHashes(golden(file)));
  });
});
