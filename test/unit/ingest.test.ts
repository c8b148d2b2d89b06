// The ingest as a whole, in memory: every input file is accounted for, bad input gets a
// message naming the file and line, and one broken report never takes the others down.
import { describe, expect, it } from 'vitest';
import { departmentYear } from '../../src/lib/schema.ts';
import { runIngest } from '../../scripts/ingest/ingest.ts';
import { memoryEffects } from '../helpers/memory-effects.ts';
import { seed, seedText } from '../helpers/seeds.ts';

const good = seed('000');
const goodText = seedText(good);
const truncatedAt = goodText.indexOf('2060499\t其他技术与开发支出');

const inputs: Record<string, Uint8Array | string> = {
  [good]: goodText,
  'seeds/bad/empty.txt': '',
  'seeds/bad/blank.md': '  \n\n \r\n',
  'seeds/bad/notes.txt': '会议纪要\n今天讨论了食堂菜单。\n',
  'seeds/bad/image.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]),
  'seeds/bad/truncated.txt': goodText.slice(0, truncatedAt).replace('株洲市工业和信息化局', '株洲市截断测试局'),
  'seeds/readme.pdf': 'not a PDF at all, though named so',
  'seeds/photo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
};

describe('runIngest', async () => {
  const { effects, output } = memoryEffects(inputs);
  const { report, entries } = await runIngest(effects);
  const byFile = (file: string) => report.files.find((f) => f.file === file)!;

  it('accounts for every file: reports read, any other format listed as unsupported', () => {
    expect(report.files.map((f) => f.file)).toEqual([
      good, 'seeds/bad/blank.md', 'seeds/bad/empty.txt', 'seeds/bad/image.txt', 'seeds/bad/notes.txt', 'seeds/bad/truncated.txt',
      'seeds/photo.png', 'seeds/readme.pdf',
    ]);
    expect(report.summary.reports).toBe(8);
    expect(byFile('seeds/photo.png')).toEqual({
      file: 'seeds/photo.png', status: 'warning',
      messages: [{ code: 'unsupported-format', severity: 'warning', file: 'seeds/photo.png', message: '未读取：只读取扩展名为 .pdf、.txt 或 .md 的 PDF 文件和文本文件（文本中的表格以制表符或“|”分隔，或以空格对齐）' }],
    });
  });

  it('a .pdf that is no PDF is an error naming the file', () => {
    expect(byFile('seeds/readme.pdf')).toMatchObject({ status: 'error', messages: [{ code: 'pdf-unreadable', file: 'seeds/readme.pdf', severity: 'error' }] });
  });

  it.each([
    ['seeds/bad/empty.txt', 'empty-file'],
    ['seeds/bad/blank.md', 'empty-file'],
    ['seeds/bad/image.txt', 'binary-file'],
    ['seeds/bad/notes.txt', 'not-a-report'],
  ])('%s is an error with code %s naming the file', (file, code) => {
    const f = byFile(file);
    expect(f.status).toBe('error');
    expect(f.messages[0]).toMatchObject({ code, file, severity: 'error' });
    expect(f.messages[0].message.length).toBeGreaterThan(10);
  });

  it('still publishes the good report with its figures', () => {
    const f = byFile(good);
    expect(f.status).not.toBe('error');
    const entry = JSON.parse(output.get(f.entry!)!);
    expect(departmentYear.parse(entry).summary?.expenditureTotal).toBe(7627.22);
    expect(entry.department.name).toBe('株洲市工业和信息化局');
  });

  it('reports a report truncated mid-table with the line where it stops, and keeps what it read', () => {
    const f = byFile('seeds/bad/truncated.txt');
    expect(f.department).toBe('株洲市截断测试局');
    const lastLine = inputs['seeds/bad/truncated.txt'].toString().split('\n').length - 1;
    expect(f.messages.find((m) => m.code === 'table-truncated')).toMatchObject({ file: 'seeds/bad/truncated.txt', line: lastLine, severity: 'warning' });
    // The report ends with its last table row: line N of N (the final newline adds no line).
    expect(f.messages.find((m) => m.code === 'table-truncated')!.message).toBe(`公开02 收入决算表：报告在表格中途结束（第 ${lastLine} 行，全文共 ${lastLine} 行），没有表尾说明，可能缺少一些行`);
    expect(entries.some((e) => e.department.name === '株洲市截断测试局')).toBe(true);
  });

  it('writes only department JSON under departments/, each report as read under sources/, and the report', () => {
    for (const key of output.keys()) expect(key).toMatch(/^(departments\/[a-z0-9-]+-\d{4}\.json|sources\/[0-9a-f]{16}\.json|ingest-report\.json)$/);
    const written = JSON.parse(output.get('ingest-report.json')!);
    expect(written.summary).toEqual(report.summary);
  });

  it('is deterministic: a second run writes byte-identical output', async () => {
    const again = memoryEffects(inputs);
    await runIngest(again.effects);
    expect([...again.output.entries()]).toEqual([...output.entries()]);
  });
});
