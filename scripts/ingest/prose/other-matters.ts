// 其他重要事项: 机关运行经费 (with last year's, when stated as a change), 政府采购 and the
// number of vehicles. Each is one sentence that may sit in any numbered section.
import type { DepartmentYear, HistoryEntry } from '../../../src/lib/schema.ts';
import { warn, type ProseContext } from './context.ts';
import { AMOUNT, findInParagraphs, MONEY } from './figures.ts';
import { findChange, priorYear } from './history.ts';
import type { Paragraph } from './paragraphs.ts';

const OPERATING_COSTS = new RegExp(`机关运行经费(?:支出)?(?:为|共计)?\\s*${MONEY}`);
// "政府采购支出总额3,512万元", "政府采购金额（以合同签订为准）为2319.21万元".
const STATED = '(?:[（(][^）)]{0,20}[）)])?(?:为|共计|合计)?\\s*';
const PROCUREMENT: [keyof NonNullable<DepartmentYear['procurement']>, RegExp][] = [
  ['total', new RegExp(`政府采购(?:支出总额|支出金额|金额|总额)${STATED}${MONEY}`)],
  ['goods', new RegExp(`(?:政府采购货物支出|货物采购(?:金额|支出))${STATED}${MONEY}`)],
  ['works', new RegExp(`(?:政府采购工程支出|工程采购(?:金额|支出))${STATED}${MONEY}`)],
  ['services', new RegExp(`(?:政府采购服务支出|服务采购(?:金额|支出))${STATED}${MONEY}`)],
  ['smeAwarded', new RegExp(`授予中小企业合同(?:金额)?(?:为)?\\s*${MONEY}`)],
];
// 国有资产占用 first ("共有车辆10辆"), else the 三公 count ("公务用车保有量为10辆").
const VEHICLES = [new RegExp(`共有车辆\\s*${AMOUNT}\\s*辆`), new RegExp(`公务用车保有量(?:为)?\\s*${AMOUNT}\\s*辆`)];

export interface OtherMatters {
  operatingCosts?: number;
  procurement?: DepartmentYear['procurement'];
  vehicles?: DepartmentYear['vehicles'];
  history: HistoryEntry[];
}

export function readOtherMatters(paragraphs: readonly Paragraph[], context: ProseContext): OtherMatters {
  const facts: OtherMatters = { history: [] };
  const costs = findInParagraphs(paragraphs, OPERATING_COSTS);
  if (costs) {
    facts.operatingCosts = costs.figure.value;
    const change = findChange(costs.paragraph, costs.figure.index);
    const prior = change && priorYear(context, 'operatingCosts', costs.figure.value, change);
    if (prior) facts.history.push(prior);
  }

  const procurement: NonNullable<OtherMatters['procurement']> = {};
  for (const [field, pattern] of PROCUREMENT) {
    const found = findInParagraphs(paragraphs, pattern);
    if (found) procurement[field] = found.figure.value;
  }
  if (Object.keys(procurement).length > 0) facts.procurement = procurement;

  for (const pattern of VEHICLES) {
    const found = findInParagraphs(paragraphs, pattern);
    if (!found) continue;
    if (Number.isInteger(found.figure.value)) {
      facts.vehicles = { total: found.figure.value, source: { file: context.file, line: found.figure.line } };
    } else {
      warn(context, 'prose.vehicleCount', `车辆：“${found.figure.text}”不是整数`, found.figure.line);
    }
    break;
  }
  return facts;
}
