// seeds/sources.csv: where each report was published, as the maintainers record it
// (file,url,publisher,published). Pure: the CSV's text in, metadata by report file and
// messages out. A row that names no report, or gives an address or a date that is not one,
// is reported with its line and left out.
import { csvParseRows } from 'd3';
import type { Message } from './types.ts';

export interface SourceMetadata {
  url?: string;
  publisher?: string;
  /** YYYY-MM-DD */
  published?: string;
}

export const SOURCES_CSV = /(^|\/)sources\.csv$/i;

/**
 * `csvFile` is the CSV's project-relative path; its `file` column names reports relative to
 * the CSV's folder (or by file name alone, when that is unique). `reports` are the report files.
 */
export function parseSourcesCsv(text: string, csvFile: string, reports: readonly string[]): { metadata: Map<string, SourceMetadata>; messages: Message[] } {
  const folder = csvFile.includes('/') ? csvFile.slice(0, csvFile.lastIndexOf('/') + 1) : '';
  const rows = csvParseRows(text.replace(/^\uFEFF/, ''));
  const messages: Message[] = [];
  const metadata = new Map<string, SourceMetadata>();
  const warn = (line: number, message: string) => messages.push({ code: 'sources-csv', severity: 'warning', file: csvFile, line, message });
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const at = (name: string) => header.indexOf(name);
  if (at('file') < 0) {
    warn(1, 'sources.csv 的第一行应是列名：file,url,publisher,published');
    return { metadata, messages };
  }
  rows.slice(1).forEach((cells, i) => {
    const line = i + 2;
    const value = (name: string) => (at(name) >= 0 ? (cells[at(name)] ?? '').trim() : '');
    const named = value('file');
    if (named === '' && cells.every((c) => c.trim() === '')) return;
    const report = reports.find((r) => r === `${folder}${named}`) ?? unique(reports.filter((r) => r.endsWith(`/${named}`) || r === named));
    if (!report) {
      warn(line, `sources.csv 所列的“${named}”不是报告文件夹中的报告`);
      return;
    }
    const entry: SourceMetadata = {};
    const url = value('url');
    if (url) {
      if (/^https?:\/\/\S+$/.test(url)) entry.url = url;
      else warn(line, `sources.csv：“${url}”不是网址，未采用`);
    }
    const publisher = value('publisher');
    if (publisher) entry.publisher = publisher;
    const published = value('published');
    if (published) {
      if (/^\d{4}-\d{2}-\d{2}$/.test(published) && !Number.isNaN(Date.parse(`${published}T00:00:00Z`))) entry.published = published;
      else warn(line, `sources.csv：日期“${published}”不是“年-月-日”格式（如 2021-09-30），未采用`);
    }
    metadata.set(report, entry);
  });
  return { metadata, messages };
}

function unique<T>(values: T[]): T | undefined {
  return values.length === 1 ? values[0] : undefined;
}
