// A fully ruled table whose last row (合计, one cell merged over the code and name columns)
// stands alone on the next page: that page's grid lacks the rule between code and name, and is
// still the same table, its cells laid on the table's columns.
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../scripts/ingest/ingest.ts';
import { readPdf } from '../../scripts/ingest/pdf/read.ts';
import { buildPdf, showText, UnicodeFont } from '../helpers/pdf-build.ts';
import { memoryEffects } from '../helpers/memory-effects.ts';
import { drawTable } from '../helpers/pdf-table.ts';

describe('a fully ruled table continued on the next page', () => {
  it('its 合计 row alone on the next page, one cell over code and name, is read on the table\'s columns', async () => {
    const font = new UnicodeFont();
    const header = [['功能分类科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出']];
    const widths = [70, 120, 80, 80, 80];
    const body = drawTable({
      x: 40, top: 520, widths, size: 7, padding: 3, ruled: true, header, rows: [
        ['201', '一般公共服务支出', '286.09', '226.30', '59.79'],
        ['20106', '财政事务', '286.09', '226.30', '59.79'],
        ['2010601', '行政运行', '226.30', '226.30', '0.00'],
        ['2010650', '事业运行', '59.79', '0.00', '59.79'],
      ],
    }, font);
    const total = drawTable({ x: 40, top: 560, widths: [190, 80, 80, 80], size: 7, padding: 3, ruled: true, header: [], rows: [['合计', '286.09', '226.30', '59.79']] }, font);
    const cover = showText(72, 760, 14, '上海市测试局', font) + showText(72, 736, 14, '2024年度部门决算', font);
    const pdf = buildPdf([{ content: cover }, { width: 842, height: 595, content: showText(40, 540, 12, '支出决算表', font) + body }, { width: 842, height: 595, content: total }], { font });
    const reading = await readPdf(pdf);
    if (!reading.ok) throw new Error(reading.message);
    expect(reading.grids).toEqual([{ page: 2, ruled: true }, { page: 3, ruled: true, continues: 0 }]);
    expect(reading.lines.filter((l) => l.page === 3).map((l) => [l.cells, l.spans])).toEqual([[['合计', '', '286.09', '226.30', '59.79'], [2, 0, 1, 1, 1]]]);
    const { effects } = memoryEffects({ 'reports/spill-over.pdf': pdf });
    const { entries } = await runIngest(effects);
    expect(entries[0].summary).toMatchObject({ basicExpenditure: 226.3, projectExpenditure: 59.79 });
  });
});

