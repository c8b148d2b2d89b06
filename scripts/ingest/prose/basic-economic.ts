// 六、一般公共预算财政拨款基本支出决算情况说明: "其中：人员经费2068.89万元，占基本支出的
// 68.1%…；公用经费968.21万元…" → 人员经费合计 and 公用经费合计. A report without tables
// states them nowhere else; with tables, 公开06 wins and the checks compare the two.
import type { DepartmentYear } from '../../../src/lib/schema.ts';
import { findInParagraphs, MONEY } from './figures.ts';
import { findSection, type Section } from './sections.ts';

const PERSONNEL = new RegExp(`人员经费(?:合计)?(?:支出)?(?:为)?\\s*${MONEY}`);
const BASIC = new RegExp(`基本支出(?:决算)?(?:为|共计)?\\s*${MONEY}`);
const PUBLIC = new RegExp(`公用经费(?:合计)?(?:支出)?(?:为)?\\s*${MONEY}`);

/** The two totals, with no economic rows (the prose names the subjects but gives no amounts). */
export function readBasicSplit(sections: readonly Section[]): DepartmentYear['basicByEconomic'] {
  const section = findSection(sections, /基本支出决算情况/);
  if (!section) return undefined;
  const personnel = findInParagraphs(section.paragraphs, PERSONNEL)?.figure.value;
  const publicCosts = findInParagraphs(section.paragraphs, PUBLIC)?.figure.value;
  if (personnel === undefined && publicCosts === undefined) return undefined;
  return {
    ...(personnel === undefined ? {} : { personnelTotal: personnel }),
    ...(publicCosts === undefined ? {} : { publicTotal: publicCosts }),
    rows: [],
  };
}

/**
 * The 基本支出 the section splits ("一般公共预算财政拨款基本支出 5377.64 万元。其中：人员经费…"):
 * the basis of its 人员经费 and 公用经费, which may be the all-funds figure whatever the words say.
 */
export function readBasicBasis(sections: readonly Section[]): number | undefined {
  const section = findSection(sections, /基本支出决算情况/);
  return section && findInParagraphs(section.paragraphs, BASIC)?.figure.value;
}
