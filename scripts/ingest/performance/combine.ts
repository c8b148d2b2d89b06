// Put together what the prose and the attachment tables say about the same figures.
import type { HistoryEntry, Summary, ThreePublicFigures } from '../../../src/lib/schema.ts';
import type { Line } from '../text.ts';
import type { Message } from '../types.ts';
import { currentFigure, type BasicData } from './basic-data.ts';
import { pick, type Stated } from './merge.ts';
import type { ExecutionFigures } from './self-evaluation.ts';
import type { readSummary } from './summary.ts';
import { readThreePublicProse, type Figure, type Kind } from './three-public-prose.ts';

const FIGURES: Figure[] = ['total', 'abroad', 'vehicle', 'vehiclePurchase', 'vehicleOperation', 'reception'];

function fromProse(value: number | undefined, line: number | undefined): Stated | undefined {
  return value !== undefined && line !== undefined ? { value, line } : undefined;
}

/** The prose totals, checked against (and completed from) the 自评表 and 基础数据表. */
export function tableBackedSummary(
  prose: ReturnType<typeof readSummary>, execution: ExecutionFigures, basicData: BasicData, file: string, messages: Message[],
): Summary {
  const summary: Summary = { ...prose.summary };
  const basic = pick('summary.basicExpenditure', fromProse(summary.basicExpenditure, prose.lines.basicExpenditure),
    actualOf(execution.basic) ?? currentFigure(basicData, 'summary.basicExpenditure'), file, messages);
  const project = pick('summary.projectExpenditure', fromProse(summary.projectExpenditure, prose.lines.projectExpenditure),
    actualOf(execution.project) ?? currentFigure(basicData, 'summary.projectExpenditure'), file, messages);
  if (basic) summary.basicExpenditure = basic.value;
  if (project) summary.projectExpenditure = project.value;
  return summary;
}

function actualOf(row: { actual?: number; line: number } | undefined): Stated | undefined {
  return row?.actual !== undefined ? { value: row.actual, line: row.line } : undefined;
}

export interface CombinedThreePublic {
  budget?: ThreePublicFigures;
  actual?: ThreePublicFigures;
  history: HistoryEntry[];
}

/** 三公 budget and actual: the prose's figures, completed and checked by the 基础数据表. */
export function threePublicFrom(prose: Line[], basicData: BasicData, file: string, year: number, messages: Message[]): CombinedThreePublic {
  const text = readThreePublicProse(prose, file, year);
  const combined: CombinedThreePublic = { history: text.history };
  for (const kind of ['budget', 'actual'] as Kind[]) {
    const figures: ThreePublicFigures = {};
    for (const figure of FIGURES) {
      const field = `threePublic.${kind}.${figure}`;
      const chosen = pick(field, fromProse(text[kind][figure], text.lines[`${kind}.${figure}`]),
        currentFigure(basicData, field), file, messages);
      if (chosen) figures[figure] = chosen.value;
    }
    if (Object.keys(figures).length > 0) combined[kind] = figures;
  }
  return combined;
}
