// Sources that open: every report as read is written for the site (content/sources/<id>.json,
// line by line, with pages for a PDF), and seeds/sources.csv gives each report its original
// address, publisher and date, with bad rows reported by line.
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../scripts/ingest/ingest.ts';
import { parseSourcesCsv } from '../../scripts/ingest/sources-csv.ts';
import { memoryEffects } from '../helpers/memory-effects.ts';
import { seed, seedText } from '../helpers/seeds.ts';

const good = seed('000');
const csv = [
  'file,url,publisher,published',
  `${good.replace('seeds/', '')},http://gxj.zhuzhou.gov.cn/c12345/2021.html,株洲市工业和信息化局,2021-09-30`,
  'missing.txt,http://example.gov.cn/x.pdf,某局,2021-01-01',
  `${good.replace('seeds/', '')},ftp://nowhere,株洲市工业和信息化局,30/09/2021`,
].join('\n');

describe('seeds/sources.csv', () => {
  it('gives each report its metadata and reports rows it cannot use, by line', () => {
    const { metadata, messages } = parseSourcesCsv(csv, 'seeds/sources.csv', [good]);
    // the last row for the report wins, without its bad address and date
    expect(metadata.get(good)).toEqual({ publisher: '株洲市工业和信息化局' });
    expect(messages.map((m) => [m.line, m.code, m.message])).toEqual([
      [3, 'sources-csv', 'sources.csv 所列的“missing.txt”不是报告文件夹中的报告'],
      [4, 'sources-csv', 'sources.csv：“ftp://nowhere”不是网址，未采用'],
      [4, 'sources-csv', 'sources.csv：日期“30/09/2021”不是“年-月-日”格式（如 2021-09-30），未采用'],
    ]);
  });

  it('puts url, publisher and date on the department-year\'s source, and writes the report as read', async () => {
    const rows = csv.split('\n').slice(0, 2).join('\n');
    const { effects, output } = memoryEffects({ [good]: seedText(good), 'seeds/sources.csv': rows });
    const { entries, report } = await runIngest(effects);
    const [source] = entries[0].sources;
    expect(source).toEqual({
      file: good, sha256: source.sha256, documentType: 'final-accounts', format: 'text', id: source.sha256.slice(0, 16),
      url: 'http://gxj.zhuzhou.gov.cn/c12345/2021.html', publisher: '株洲市工业和信息化局', published: '2021-09-30',
    });
    expect(report.files.find((f) => f.file === 'seeds/sources.csv')).toEqual({ file: 'seeds/sources.csv', status: 'ok', messages: [] });
    const read = JSON.parse(output.get(`sources/${source.id}.json`)!);
    expect(read).toMatchObject({ id: source.id, file: good, sha256: source.sha256, format: 'text' });
    expect(read.lines.length).toBe(seedText(good).split('\n').length);
    expect(read.lines[205]).toEqual({ no: 206, text: '公开03表' });
  });
});
