// What a line inside a table block is: a row, a note closing the table, a line of
// metadata (公开NN表, 部门：, 年度, 金额单位), a part heading, blank, or other text.
import type { Line } from '../text.ts';

export type LineRole = 'blank' | 'row' | 'note' | 'meta' | 'part' | 'text';

const LABEL = /公开\s*(\d{1,2})\s*表/;
const UNIT = /单位\s*[:：]\s*(万元|元)/;
const META = /^(部门(名称)?\s*[:：]|编制单位|单位名称|预算代码|\d{4}\s*年度?$|[(（]?\d{4}\s*年度[)）]?$)/;
const NOTE = /^(注|说明|备注)\s*(\d\s*)?[:：.、]|^注\s*\d/;
const PART = /^第[一二三四五六七八九十]+部分/;

/** Without bold and heading marks; the patterns run only when a mark is there (this runs on every line). */
function plain(text: string): string {
  let t = text;
  if (t.includes('<') || t.includes('**')) t = t.replace(/<\/?b>|\*\*/g, '');
  if (t.includes('#')) t = t.replace(/^\s*#+\s*/, '');
  return t.trim();
}

export function lineRole(line: Line): LineRole {
  const t = plain(line.text);
  if (t === '') return 'blank';
  if (t.includes('表') && LABEL.test(t)) return 'meta';
  if (t.includes('单位') && UNIT.test(t)) return 'meta';
  if (NOTE.test(t)) return 'note';
  if (t.includes('第') && PART.test(t.replace(/\s+/g, ''))) return 'part';
  // A reader's row that is all metadata ("部门：… | 2020年度 | 公开09表") is metadata.
  if (line.cells) return META.test(t) ? 'meta' : 'row';
  if (META.test(t)) return 'meta';
  return 'text';
}

export function isBlankLine(text: string): boolean {
  return plain(text) === '';
}

/** "公开09表" → "公开09". */
export function labelOf(text: string): string | undefined {
  const m = LABEL.exec(text);
  return m ? `公开${m[1].padStart(2, '0')}` : undefined;
}

export function unitOf(text: string): '万元' | '元' | undefined {
  return UNIT.exec(plain(text))?.[1] as '万元' | '元' | undefined;
}

/** The report says this table has no data ("故本表无数据", "本表为空表"). */
export function saysNoData(text: string): boolean {
  // Runs on every line of every table: only lines with 无, 空 or 没 can say so.
  if (!text.includes('无') && !text.includes('空') && !text.includes('没')) return false;
  return /无数据|空表|无此项(收入|支出)|没有.{0,20}(收入|支出)/.test(text);
}
