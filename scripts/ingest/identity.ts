// Which department, which fiscal year, which kind of report: read from the document
// itself (its title, its "部门：" lines, its 概况 heading), never from the file name.
// Returns what it found; the caller decides what a missing department or year means.
import type { Line } from './text.ts';
import type { DocumentType } from '../../src/lib/schema.ts';

export interface DocumentIdentity {
  documentType?: DocumentType;
  department?: { name: string; line: number };
  year?: { value: number; line: number };
  /** City, then district or county, as named at the start of the department's name. */
  region?: string[];
}

/** A title ends in one of these; the department name stands before it. */
const TITLE_KIND = /部门决算|(?:部门)?整体支出绩效(?:自评|评价)报告|绩效(?:自评|评价)报告/;
const SECTION_HEADING = /^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])/;
/** "二〇二二年四月十四日" or "2022年4月14日": the date the report was written. */
const WRITING_DATE = /^[〇零一二三四五六七八九十\d]{4}\s*年\s*[〇零一二三四五六七八九十\d]{1,2}\s*月/;
/** A fiscal year: "2020年度", "2021 年", but not "2022年4月". */
const FISCAL_YEAR = /(\d{4})\s*年(?!\s*\d{1,2}\s*月)(度)?/;
const MAX_TITLE_LINES = 6;
const MAX_HEADING_LENGTH = 40;

export function identifyDocument(lines: Line[]): DocumentIdentity {
  const title = readTitle(lines);
  const identity: DocumentIdentity = {};
  const documentType = title.documentType ?? typeFromHeadings(lines);
  if (documentType) identity.documentType = documentType;
  const department = title.department ?? departmentFromLabels(lines) ?? departmentFromOverview(lines);
  if (department) {
    identity.department = department;
    const region = regionOf(department.name);
    if (region.length > 0) identity.region = region;
  }
  const year = title.year ?? yearFromHeadings(lines);
  if (year) identity.year = year;
  return identity;
}

/** Full-width brackets, no whitespace, no trailing 单位 after an institution's name. */
export function normaliseDepartmentName(raw: string): string {
  return cleanMarkup(raw)
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/\s+/g, '')
    .replace(/([局委办厅室院会所站队部处司馆心）])单位$/, '$1');
}

/** ["株洲市", "芦淞区"] from 株洲市芦淞区科技和工业信息化局; [] when the name names no place. */
export function regionOf(name: string): string[] {
  const region: string[] = [];
  // A party organ's name starts with 中共 before its place: 中共株洲市委组织部.
  let rest = name.replace(/^(?:中共|中国共产党)/, '');
  const province = /^(.{2,3}?(?:省|自治区))/.exec(rest);
  if (province) rest = rest.slice(province[1].length);
  const city = /^(.{2,4}?(?:市|自治州|地区|盟))/.exec(rest) ?? /^(.{1,3}?(?:县|区))/.exec(rest);
  if (!city) return province ? [province[1]] : [];
  region.push(city[1]);
  rest = rest.slice(city[1].length);
  // A county-level city has at least two characters before 市 (浏阳市); "城市管理" names no place.
  const district = /^(.{1,3}?(?:区|县)|.{2,3}?市)/.exec(rest);
  if (district && !NOT_A_DISTRICT.has(district[1]) && !/^市/.test(district[1])) region.push(district[1]);
  return region;
}

/** Words ending in 区/县/市 that follow a city's name without naming a district. */
const NOT_A_DISTRICT = new Set(['社区', '园区', '城区', '市区', '景区', '小区', '片区', '辖区', '郊区', '山区', '库区', '城市', '都市']);

function cleanMarkup(text: string): string {
  return text.replace(/^\s*#+\s*/, '').replace(/\*\*/g, '').replace(/^\s*-\s+/, '').trim();
}

interface TitleFacts {
  documentType?: DocumentType;
  department?: { name: string; line: number };
  year?: { value: number; line: number };
}

/** The first few non-empty lines before the table of contents or the first section. */
function readTitle(lines: Line[]): TitleFacts {
  const parts: { text: string; line: number }[] = [];
  for (const line of lines) {
    const text = cleanMarkup(line.text).replace(/\s+/g, '');
    if (text === '') continue;
    if (/^目录/.test(text) || SECTION_HEADING.test(text) || text.length > 60) break;
    if (parts.length >= MAX_TITLE_LINES) break;
    if (WRITING_DATE.test(text)) continue;
    parts.push({ text, line: line.no });
  }
  const joined = parts.map((p) => p.text).join('');
  const lineAt = (offset: number): number => {
    let end = 0;
    for (const part of parts) {
      end += part.text.length;
      if (offset < end) return part.line;
    }
    return parts.at(-1)?.line ?? 1;
  };

  const facts: TitleFacts = {};
  const kind = TITLE_KIND.exec(joined);
  if (!kind) return facts;
  facts.documentType = kind[0].includes('绩效') ? 'performance-evaluation' : 'final-accounts';

  const year = FISCAL_YEAR.exec(joined);
  if (year) facts.year = { value: Number(year[1]), line: lineAt(year.index) };

  // Department name: what stands before the kind, less a year on either side.
  const before = joined.slice(0, kind.index);
  const leading = /^\d{4}年度?/.exec(before)?.[0] ?? '';
  const name = before.slice(leading.length).replace(/\d{4}年度?$/, '');
  if (looksLikeDepartment(name)) {
    facts.department = { name: normaliseDepartmentName(name), line: lineAt(leading.length) };
  }
  return facts;
}

function looksLikeDepartment(name: string): boolean {
  return name.length >= 3 && /[\u4e00-\u9fff]/.test(name) && !/^[（(、]/.test(name) && !name.includes('、');
}

/** "部门：XXX", "填报单位：XXX", "部门（单位）名称  XXX": the most frequent value wins. */
function departmentFromLabels(lines: Line[]): { name: string; line: number } | undefined {
  const votes = new Map<string, { count: number; line: number }>();
  for (const line of lines) {
    const match = /^\s*(?:部门|填报单位|编制单位|单位名称|部门（单位）名称|部门\(单位\)名称)\s*[:：\t]\s*(.+)$/.exec(line.text);
    if (!match) continue;
    const value = match[1].trim().split(/\t|\s{2,}|\s+(?=公开|金额单位|单位[:：]|\d{4}\s*年)/)[0];
    const name = normaliseDepartmentName(value);
    if (!looksLikeDepartment(name)) continue;
    const vote = votes.get(name) ?? { count: 0, line: line.no };
    vote.count++;
    votes.set(name, vote);
  }
  let best: { name: string; line: number; count: number } | undefined;
  for (const [name, vote] of votes) if (!best || vote.count > best.count) best = { name, ...vote };
  return best && { name: best.name, line: best.line };
}

/** "株洲市芦淞区科技和工业信息化局单位概况", "第一部分 平顶山市工业和信息化局概况". */
function departmentFromOverview(lines: Line[]): { name: string; line: number } | undefined {
  for (const line of lines) {
    const text = cleanMarkup(line.text).replace(/\s+/g, '');
    const match = /^(?:第[一二三四五六七八九十]+部分)?(.+?)(?:单位)?概况$/.exec(text);
    if (match && looksLikeDepartment(match[1]) && match[1] !== '部门') {
      return { name: normaliseDepartmentName(match[1]), line: line.no };
    }
  }
  return undefined;
}

function headings(lines: Line[]): { text: string; line: number }[] {
  return lines
    .map((line) => ({ text: cleanMarkup(line.text).replace(/\s+/g, ''), line: line.no }))
    .filter((h) => h.text !== '' && h.text.length <= MAX_HEADING_LENGTH);
}

/** Without a title: any heading about 部门决算 makes it final accounts (a self-evaluation has none). */
function typeFromHeadings(lines: Line[]): DocumentType | undefined {
  const all = headings(lines);
  if (all.some((h) => h.text.includes('部门决算'))) return 'final-accounts';
  if (all.some((h) => /绩效(?:自评|评价)报告/.test(h.text))) return 'performance-evaluation';
  return undefined;
}

/** "2023年度部门决算情况说明", "2023年度": the most frequent fiscal year among headings. */
function yearFromHeadings(lines: Line[]): { value: number; line: number } | undefined {
  const votes = new Map<number, { count: number; line: number }>();
  for (const heading of headings(lines)) {
    const match = /^(?:第[一二三四五六七八九十]+部分)?(\d{4})年度?(?:部门决算|部门整体支出|决算|$)/.exec(heading.text);
    if (!match) continue;
    const value = Number(match[1]);
    if (value < 1990 || value > 2100) continue;
    const vote = votes.get(value) ?? { count: 0, line: heading.line };
    vote.count++;
    votes.set(value, vote);
  }
  let best: { value: number; line: number; count: number } | undefined;
  for (const [value, vote] of votes) if (!best || vote.count > best.count) best = { value, ...vote };
  return best && { value: best.value, line: best.line };
}
