// 第四部分 名词解释: "一、财政拨款收入：指单位从同级财政部门取得的财政预算资金。" → term and
// definition, with the line the entry starts on. Wrapped entries are joined first.
import type { SourceRef } from '../../../src/lib/schema.ts';
import type { ParseInput } from '../types.ts';
import { toParagraphs } from './paragraphs.ts';
import { partLines } from './sections.ts';

export interface GlossaryEntry {
  term: string;
  definition: string;
  source: SourceRef;
}

const ENTRY = /^[一二三四五六七八九十]+、\s*([^：:]+?)\s*[：:]\s*(.+)$/;

export function parseGlossary(input: ParseInput): GlossaryEntry[] {
  const entries: GlossaryEntry[] = [];
  for (const paragraph of toParagraphs(partLines(input.lines, '四'))) {
    const match = ENTRY.exec(paragraph.text);
    if (!match) continue;
    entries.push({ term: match[1], definition: match[2], source: { file: input.file, line: paragraph.line } });
  }
  return entries;
}
