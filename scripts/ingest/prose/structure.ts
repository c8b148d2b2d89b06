// （二）…支出决算结构情况: "科学技术（类）支出544.05万元，占7.1%；…" → one 类 row per
// subject, its code resolved from the name and the stated share kept.
import type { FunctionRow } from '../../../src/lib/schema.ts';
import { normalizeSubjectName, resolvePath } from '../../../src/lib/classification/functional.ts';
import { warn, type ProseContext } from './context.ts';
import { groupEnd, MONEY, parseDecimal, PERCENT, wanValue } from './figures.ts';
import { lineAt } from './paragraphs.ts';
import { findSection, type Section } from './sections.ts';

const CLASS_ITEM = new RegExp(`([^：:；;，,。、]+?)[（(]类[)）]\\s*(?:支出)?\\s*${MONEY}[，,]?\\s*(?:占\\s*${PERCENT})?`, 'dg');

/** The 类 name as the tables print it: "科学技术" and "科学技术支出" both become "科学技术支出". */
function className(written: string): string {
  const name = normalizeSubjectName(written);
  return name.endsWith('支出') ? name : `${name}支出`;
}

export function readStructure(sections: readonly Section[], context: ProseContext): FunctionRow[] {
  const section = findSection(sections, /一般公共预算财政拨款支出决算情况/) ?? findSection(sections, /财政拨款支出决算情况/);
  const paragraph = section?.paragraphs.find((p) => /主要用于/.test(p.text) && /[（(]类[)）]/.test(p.text));
  if (!paragraph) return [];
  const rows: FunctionRow[] = [];
  for (const match of paragraph.text.matchAll(CLASS_ITEM)) {
    const line = lineAt(paragraph, match.index);
    const total = wanValue(match[2], paragraph.text, groupEnd(match, 2));
    if (total === null) {
      warn(context, 'prose.structureAmount', `支出结构：读不出${match[1]}的金额“${match[2]}”`, line);
      continue;
    }
    const name = className(match[1]);
    const code = resolvePath([name]);
    if (!code) {
      warn(context, 'prose.unknownSubject', `支出结构：支出功能分类中没有叫“${match[1]}”的类`, line);
      continue;
    }
    const share = match[3] === undefined ? null : parseDecimal(match[3]);
    rows.push({
      code, name, level: '类', total,
      ...(share === null ? {} : { statedShare: share }),
      source: { file: context.file, line },
    });
  }
  return rows;
}
