// “三公”经费: abroad + vehicles (purchase + operation) + reception, actual and budget.
// Actuals are paid from public funds (公用经费), so they are drawn as shares of it.
import type { Random } from '../random.ts';
import { portion, randomWan } from './amounts.ts';
import type { ThreePublicFigures } from './types.ts';

export function threePublicOf(abroad: number, vehiclePurchase: number, vehicleOperation: number, reception: number): ThreePublicFigures {
  const vehicle = vehiclePurchase + vehicleOperation;
  return { total: abroad + vehicle + reception, abroad, vehicle, vehiclePurchase, vehicleOperation, reception };
}

export function threePublicActual(rng: Random, publicTotal: number, vehicles: number, quantum: number): ThreePublicFigures {
  const cap = (fen: number, permille: number) => Math.min(fen, portion(publicTotal, permille, quantum));
  const operation = vehicles > 0 ? cap(vehicles * randomWan(rng, quantum, 80, 320), 300) : 0;
  const purchase = vehicles > 0 && rng.chance(0.2) ? cap(randomWan(rng, quantum, 1200, 3000), 250) : 0;
  const reception = rng.chance(0.05) ? 0 : Math.max(quantum, portion(publicTotal, rng.int(3, 40), quantum));
  const abroad = rng.chance(0.08) ? cap(randomWan(rng, quantum, 200, 1500), 80) : 0;
  return threePublicOf(abroad, purchase, operation, reception);
}

/** Budgets are at least the actuals: often equal (seeds 000, 004), sometimes well above (seed 001). */
export function threePublicBudget(rng: Random, actual: ThreePublicFigures, vehicles: number, quantum: number): ThreePublicFigures {
  const same = rng.chance(0.5);
  const raise = (fen: number) => (same ? fen : fen + portion(fen, rng.int(0, 600), quantum));
  const abroad = raise(actual.abroad) + (!same && actual.abroad === 0 && rng.chance(0.15) ? randomWan(rng, quantum, 200, 1000) : 0);
  const purchase = vehicles > 0 ? raise(actual.vehiclePurchase) : 0;
  return threePublicOf(abroad, purchase, raise(actual.vehicleOperation), raise(actual.reception));
}
