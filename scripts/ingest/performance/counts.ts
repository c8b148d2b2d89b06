// Figures stated once in the prose: 政府采购 total and the number of official vehicles.
import type { DepartmentYear } from '../../../src/lib/schema.ts';
import type { Line } from '../text.ts';
import { AMOUNT, findAmounts } from './prose.ts';

const PROCUREMENT = new RegExp(`政府采购(?:支出|金额)?(?:总额|合计)?(?:为|是)?\\s*(${AMOUNT})\\s*万元`);
const VEHICLES = /(?:公务用车|公车|车辆)(?:实有|保有量|保有|数量)(?:为|是)?\s*(\d+)\s*辆?/;

/** 政府采购 total as stated in the text, with its line. */
export function readProcurement(prose: Line[]): { value: number; line: number } | undefined {
  const found = findAmounts(prose, PROCUREMENT)[0];
  return found && { value: found.value, line: found.line };
}

export function readVehicles(prose: Line[], file: string): DepartmentYear['vehicles'] {
  for (const line of prose) {
    const match = VEHICLES.exec(line.text);
    if (match) return { total: Number(match[1]), source: { file, line: line.no } };
  }
  return undefined;
}
