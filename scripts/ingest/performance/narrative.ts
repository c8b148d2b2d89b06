// The report's numbered sections (一、部门概况 … 八、部门整体支出绩效评价等级) as narrative:
// title without its number, text of every line up to the next section.
import type { DepartmentYear } from '../../../src/lib/schema.ts';
import type { Line } from '../text.ts';

type Section = NonNullable<DepartmentYear['narrative']>[number];

const SECTION = /^\s*(?:#+\s*)?(?:\*\*)?[一二三四五六七八九十]+、\s*(.+?)(?:\*\*)?\s*$/;

export function readNarrative(prose: Line[], file: string): Section[] {
  const sections: Section[] = [];
  let current: { title: string; line: number; text: string[] } | undefined;
  const close = () => {
    if (current) sections.push({ title: current.title, text: current.text.join('\n'), source: { file, line: current.line } });
  };
  for (const line of prose) {
    const heading = SECTION.exec(line.text);
    if (heading) {
      close();
      current = { title: heading[1].replace(/[:：。]+$/, '').trim(), line: line.no, text: [] };
    } else if (current && line.text.trim() !== '') {
      current.text.push(line.text.trim());
    }
  }
  close();
  return sections;
}
