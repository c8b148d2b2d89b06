// What every prose reader shares: the file being read, its fiscal year, and the
// messages collected so far. Readers push messages and go on; they never throw.
import type { Check, FunctionRow } from '../../../src/lib/schema.ts';
import type { Message } from '../types.ts';

export interface ProseContext {
  file: string;
  /** The fiscal year the report covers (2020 for 2020年度); needed for history entries. */
  year?: number;
  /** The report's own function-table rows, when it has tables: item names resolve against them first. */
  functionRows?: readonly FunctionRow[];
  /** The rows of its 一般公共预算财政拨款支出决算表, whose 支出决算 the budget-execution items state. */
  generalBudgetRows?: readonly FunctionRow[];
  messages: Message[];
  /** `repaired` checks for corrections the readers make. */
  checks: Check[];
}

export function warn(context: ProseContext, code: string, message: string, line?: number): void {
  context.messages.push({ code, message, file: context.file, line, severity: 'warning' });
}
