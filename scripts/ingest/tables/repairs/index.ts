// Every repair, in order, on the raw cells of all tables; each returns `repaired` checks.
import type { Check } from '../../../../src/lib/schema.ts';
import type { Message } from '../../types.ts';
import type { RawTable } from '../model.ts';
import { repairEconomicAlignment } from './economic-alignment.ts';
import { repairEconomicLabels } from './economic-labels.ts';
import { repairFunctionCodes } from './function-codes.ts';
import { repairHeader } from './header.ts';

export function repairTables(tables: RawTable[], file: string): { tables: RawTable[]; checks: Check[]; messages: Message[] } {
  const checks: Check[] = [];
  const messages: Message[] = [];
  const headed = tables.map((table) => {
    const result = repairHeader(table, file);
    checks.push(...result.checks);
    return result.table;
  });
  const coded = repairFunctionCodes(headed, file);
  checks.push(...coded.checks);
  messages.push(...coded.messages);
  const repaired = coded.tables.map((table) => {
    if (table.kind !== 'basicEconomic') return table;
    const aligned = repairEconomicAlignment(table, file);
    const labelled = repairEconomicLabels(aligned.table, file);
    checks.push(...aligned.checks, ...labelled.checks);
    messages.push(...aligned.messages);
    return labelled.table;
  });
  return { tables: repaired, checks, messages };
}
