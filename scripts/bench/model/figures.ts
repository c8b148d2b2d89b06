// One department-year's figures, drawn from its own random stream: the same seed,
// department and year always give the same figures, whatever else the corpus holds.
import type { Department } from './department.ts';
import { hashSeed, Random } from '../random.ts';
import { portion, randomWan } from './amounts.ts';
import { budgetExecution } from './budget-execution.ts';
import { economicBreakdown } from './economic.ts';
import { functionTree, projectPermille } from './function-tree.ts';
import { threePublicActual, threePublicBudget, threePublicOf } from './three-public.ts';
import { fiscalGrandTotal, grandTotal, incomeTotal, type DepartmentYearFigures, type PreviousYear, type Procurement, type Unit } from './types.ts';

export interface YearState {
  figures: DepartmentYearFigures;
  /** Size relative to the department's baseline, in ‰; it drifts from year to year. */
  growth: number;
}

export function quantumOf(unit: Unit): number {
  return unit === '万元' ? 10_000 : 1;
}

function procurementOf(rng: Random, expenditure: number, quantum: number): Procurement {
  const total = Math.max(quantum, portion(expenditure, rng.int(20, 350), quantum));
  const goods = portion(total, rng.int(100, 900), quantum);
  const works = rng.chance(0.6) ? 0 : portion(total - goods, rng.int(0, 600), quantum);
  const smeAwarded = rng.chance(0.4) ? total : portion(total, rng.int(200, 1000), quantum);
  return { total, goods, works, services: total - goods - works, smeAwarded };
}

/** Last year's figures, rounded down to this year's quantum so differences print exactly. */
type WithoutPrevious = Omit<DepartmentYearFigures, 'previous'>;

function previousOf(rng: Random, current: WithoutPrevious, before: WithoutPrevious | undefined, quantum: number): PreviousYear {
  const q = (fen: number) => Math.floor(fen / quantum) * quantum;
  const guess = (fen: number) => portion(fen, rng.int(800, 1250), quantum);
  const source = before ?? current;
  const pick = (fen: number) => (before ? q(fen) : guess(fen));
  const t = source.threePublicActual;
  // Each of last year's figures as last year's report published it (to this year's quantum),
  // totals included: a report restates a total, it does not add up its rounded parts.
  const threePublic = before
    ? { total: q(t.total), abroad: q(t.abroad), vehicle: q(t.vehicle), vehiclePurchase: q(t.vehiclePurchase), vehicleOperation: q(t.vehicleOperation), reception: q(t.reception) }
    : threePublicOf(guess(t.abroad), guess(t.vehiclePurchase), guess(t.vehicleOperation), guess(t.reception));
  return {
    grandTotal: pick(grandTotal(source)),
    incomeTotal: pick(incomeTotal(source)),
    expenditureTotal: pick(source.expenditureTotal),
    fiscalGrandTotal: pick(fiscalGrandTotal(source)),
    threePublic,
    operatingCosts: pick(source.operatingCosts),
    score: before ? before.scoreTenths : rng.int(850, 990),
    project: pick(source.project),
  };
}

export function departmentYearFigures(seed: number, department: Department, year: number, unit: Unit, before?: YearState): YearState {
  const rng = new Random(hashSeed(seed, 'figures', department.name, year));
  const quantum = quantumOf(unit);
  const profile = department.profile;
  const growth = Math.max(400, Math.min(3000, before ? Math.floor((before.growth * rng.int(880, 1180)) / 1000) : rng.int(850, 1150)));
  const baseCentiWan = Math.floor((profile.scaleWan * 100 * growth) / 1000);
  const expenditureTotal = randomWan(rng, quantum, Math.floor(baseCentiWan * 0.97), baseCentiWan);
  const project = portion(expenditureTotal, projectPermille(rng, profile), quantum);
  const basic = expenditureTotal - project;
  const personnelTotal = portion(basic, Math.max(500, Math.min(900, profile.personnelPermille + rng.int(-30, 30))), quantum);
  const publicTotal = basic - personnelTotal;
  const threePublicActualFigures = threePublicActual(rng, publicTotal, profile.vehicles, quantum);
  const economicAmounts = economicBreakdown(rng, personnelTotal, publicTotal, profile.householdPermille, threePublicActualFigures, quantum);
  const functionRows = functionTree(rng, department.bureau, profile, basic, project, economicAmounts, quantum);
  const openingBalance = rng.chance(0.5) ? portion(expenditureTotal, rng.int(5, 150), quantum) : 0;
  const otherIncome = rng.chance(0.25) ? randomWan(rng, quantum, 50, 2000) : 0;
  const fiscalOpening = openingBalance > 0 && rng.chance(0.6) ? portion(openingBalance, rng.int(200, 1000), quantum) : 0;
  const operatingCosts = rng.chance(0.5) ? publicTotal : portion(publicTotal, rng.int(850, 990), quantum);
  const serving = Math.max(3, profile.authorised - rng.int(-3, 8));
  const figures: WithoutPrevious = {
    year, unit, functionRows, expenditureTotal, basic, project,
    fiscalIncome: expenditureTotal, otherIncome, openingBalance,
    closingBalance: openingBalance + otherIncome, fiscalOpening, fiscalClosing: fiscalOpening,
    economicAmounts, personnelTotal, publicTotal,
    threePublicActual: threePublicActualFigures,
    threePublicBudget: threePublicBudget(rng, threePublicActualFigures, profile.vehicles, quantum),
    budgetExecution: budgetExecution(rng, functionRows, quantum),
    operatingCosts,
    operatingBudget: portion(operatingCosts, rng.int(750, 1250), quantum),
    procurement: procurementOf(rng, expenditureTotal, quantum),
    scoreTenths: rng.chance(0.6) ? rng.int(85, 99) * 10 : rng.int(850, 995),
    vehicles: profile.vehicles,
    staff: { authorised: profile.authorised, serving, retired: rng.int(Math.floor(serving / 4), serving + 10) },
  };
  return { figures: { ...figures, previous: previousOf(rng, figures, before?.figures, quantum) }, growth };
}
