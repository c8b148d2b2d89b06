// Find the parts of a final-accounts report (第三部分 情况说明, 第四部分 名词解释) and split
// 第三部分 into its numbered sections (一、收入支出决算总体情况说明 …).
import type { Line } from '../types.ts';
import { cleanLine, toParagraphs, type Paragraph } from './paragraphs.ts';

export interface Section {
  /** Title without its number: "收入支出决算总体情况说明". */
  title: string;
  line: number;
  paragraphs: Paragraph[];
}

const PART_HEADING = /^第([一二三四五六七八九十])部分/;

function partOf(line: Line): string | undefined {
  // Cheap test first: this runs on every line of the report, several times.
  if (!line.text.includes('部分')) return undefined;
  const { text } = cleanLine(line.text);
  // A heading is short; "…详见第五部分。" in a sentence is not one.
  return text.length <= 40 ? PART_HEADING.exec(text)?.[1] : undefined;
}

/**
 * The lines of part `numeral` (三 for 第三部分): from its last heading — the first ones
 * belong to the table of contents — up to the next part heading after it.
 */
export function partLines(lines: readonly Line[], numeral: string): Line[] {
  let start = -1;
  lines.forEach((line, i) => {
    if (partOf(line) === numeral) start = i;
  });
  if (start < 0) return [];
  const end = lines.findIndex((line, i) => i > start && partOf(line) !== undefined && partOf(line) !== numeral);
  return lines.slice(start + 1, end < 0 ? lines.length : end);
}

const SECTION_TITLE = /^[一二三四五六七八九十]+、\s*/;

/** Split paragraphs at the 一、二、… titles; text before the first title is dropped. */
export function toSections(paragraphs: readonly Paragraph[]): Section[] {
  const sections: Section[] = [];
  for (const paragraph of paragraphs) {
    if (paragraph.heading && SECTION_TITLE.test(paragraph.text)) {
      sections.push({ title: paragraph.text.replace(SECTION_TITLE, ''), line: paragraph.line, paragraphs: [] });
    } else {
      sections.at(-1)?.paragraphs.push(paragraph);
    }
  }
  return sections;
}

/** 第三部分 as sections. */
export function explanationSections(lines: readonly Line[]): Section[] {
  return toSections(toParagraphs(partLines(lines, '三')));
}

/** The first section whose title matches. */
export function findSection(sections: readonly Section[], title: RegExp): Section | undefined {
  return sections.find((s) => title.test(s.title));
}
