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
    warn(1, 'sources.csv needs a header row naming its columns: file,url,publisher,published');
    return { metadata, messages };
  }
  rows.slice(1).forEach((cells, i) => {
    const line = i + 2;
    const value = (name: string) => (at(name) >= 0 ? (cells[at(name)] ?? '').trim() : '');
    const named = value('file');
    if (named === '' && cells.every((c) => c.trim() === '')) return;
    const report = reports.find((r) => r === `${folder}${named}`) ?? unique(reports.filter((r) => r.endsWith(`/${named}`) || r === named));
    if (!report) {
      warn(line, `sources.csv names "${named}", which is no report in the seeds folder`);
      return;
    }
    const entry: SourceMetadata = {};
    const url = value('url');
    if (url) {
      if (/^https?:\/\/\S+$/.test(url)) entry.url = url;
      else warn(line, `sources.csv: "${url}" is not a web address (http:// or https://); left out`);
    }
    const publisher = value('publisher');
    if (publisher) entry.publisher = publisher;
    const published = value('published');
    if (published) {
      if (/^\d{4}-\d{2}-\d{2}$/.test(published) && !Number.isNaN(Date.parse(`${published}T00:00:00Z`))) entry.published = published;
      else warn(line, `sources.csv: the date "${published}" is not YYYY-MM-DD; left out`);
    }
    metadata.set(report, entry);
  });
  return { metadata, messages };
}

function unique<T>(values: T[]): T | undefined {
  return values.length === 1 ? values[0] : undefined;
}
