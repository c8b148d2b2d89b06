// 公开03表: expenditure by functional classification. Staff-cost lines mirror the economic
// lines they pay for (2210201 住房公积金 = 30113 住房公积金, as in seeds/000); the rest of
// basic goes to the bureau's 行政运行 line, and projects to its domain lines.
import type { Bureau } from '../catalogue/bureaus.ts';
import { functionSubject } from '../catalogue/functional.ts';
import type { Random } from '../random.ts';
import { allocateFen } from './allocate.ts';
import { sumOf } from './amounts.ts';
import type { DepartmentProfile } from './department.ts';
import type { FunctionRowFigures } from './types.ts';

/** 项 paid for by economic lines: [function 项, economic 款…]. */
const STAFF_LINES: readonly (readonly [string, ...string[]])[] = [
  ['2080501', '30301', '30302'], ['2080505', '30108'], ['2080506', '30109'], ['2080801', '30304'],
  ['2101101', '30110'], ['2101103', '30111'], ['2210201', '30113'],
];

/** Project lines many departments have besides their own field. */
const EXTRA_LINES = ['2019999', '2089999', '2100410', '2119901', '2240106'];

interface Item {
  code: string;
  basic: number;
  project: number;
}

function items(rng: Random, bureau: Bureau, profile: DepartmentProfile, basic: number, project: number,
  economic: Map<string, number>, quantum: number): Item[] {
  const byCode = new Map<string, Item>();
  const item = (code: string) => {
    if (!byCode.has(code)) byCode.set(code, { code, basic: 0, project: 0 });
    return byCode.get(code)!;
  };
  let staff = 0;
  for (const [code, ...lines] of STAFF_LINES) {
    const amount = sumOf(lines.map((l) => economic.get(l) ?? 0));
    if (amount > 0) item(code).basic += amount;
    staff += amount;
  }
  // Basic left after staff lines: most to 行政运行, some to one or two domain lines.
  const domain = [...profile.domainItems];
  const extras = EXTRA_LINES.filter((c) => !domain.includes(c) && c !== bureau.admin);
  if (extras.length > 0 && rng.chance(0.3)) domain.push(rng.pick(extras));
  const basicLines = [bureau.admin, ...rng.sample(domain, rng.chance(0.5) ? rng.int(1, 2) : 0)];
  const basicParts = allocateFen(basic - staff, basicLines.map((_, i) => (i === 0 ? 1000 : rng.int(50, 300)) * rng.int(90, 110)), quantum);
  basicLines.forEach((code, i) => { item(code).basic += basicParts[i]; });
  const projectLines = rng.chance(0.35) ? [...domain, bureau.admin] : domain;
  const projectParts = allocateFen(project, projectLines.map((c) => (c === bureau.admin ? rng.int(10, 30) : rng.int(20, 100)) * rng.int(90, 110)), quantum);
  projectLines.forEach((code, i) => { item(code).project += projectParts[i]; });
  return [...byCode.values()].filter((i) => i.basic + i.project > 0);
}

function row(code: string, basic: number, project: number): FunctionRowFigures {
  const { name, level } = functionSubject(code);
  return { code, name, level, total: basic + project, basic, project };
}

/** Rows in printed order: 类, its first 款, that 款's 项, the next 款, … */
export function functionTree(rng: Random, bureau: Bureau, profile: DepartmentProfile, basic: number, project: number,
  economic: Map<string, number>, quantum: number): FunctionRowFigures[] {
  const leaves = items(rng, bureau, profile, basic, project, economic, quantum).sort((a, b) => (a.code < b.code ? -1 : 1));
  const rows: FunctionRowFigures[] = [];
  const total = (prefix: string, key: 'basic' | 'project') => sumOf(leaves.filter((l) => l.code.startsWith(prefix)).map((l) => l[key]));
  const parent = (prefix: string) => row(prefix, total(prefix, 'basic'), total(prefix, 'project'));
  for (const leaf of leaves) {
    const lei = leaf.code.slice(0, 3);
    const kuan = leaf.code.slice(0, 5);
    if (!rows.some((r) => r.code === lei)) rows.push(parent(lei));
    if (!rows.some((r) => r.code === kuan)) rows.push(parent(kuan));
    rows.push(row(leaf.code, leaf.basic, leaf.project));
  }
  return rows;
}

/** The project share of a year's total, in ‰, wobbling around the department's habit. */
export function projectPermille(rng: Random, profile: DepartmentProfile): number {
  return Math.max(50, Math.min(750, profile.projectPermille + rng.int(-60, 60)));
}

