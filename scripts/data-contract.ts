// npm run contract: rewrite the field tables of docs/data-contract.md from the zod schema's
// .describe() texts. With --check, only say whether they are up to date (exit 1 when not).
import { readFileSync, writeFileSync } from 'node:fs';
import { FIELD_DOCS } from '../src/lib/field-docs.ts';
import { withFieldTables } from './contract-fields.ts';

const CONTRACT = 'docs/data-contract.md';

const current = readFileSync(CONTRACT, 'utf8');
const next = withFieldTables(current, FIELD_DOCS);
if (process.argv.includes('--check')) {
  console.log(next === current ? `${CONTRACT} is up to date` : `${CONTRACT} is out of date: run npm run contract`);
  process.exit(next === current ? 0 : 1);
}
if (next !== current) writeFileSync(CONTRACT, next);
console.log(next === current ? `${CONTRACT} was up to date` : `${CONTRACT}: field tables rewritten`);
