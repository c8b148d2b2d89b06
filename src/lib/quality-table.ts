// data/quality.csv: every department-year's coverage and check counts, one row each: the table
// /quality/ used to print in full, as a download (/quality/ lists only the problems). Written by
// the downloads step (scripts/write-downloads.ts) and described in datapackage.json and on /data/.
import { countChecks } from './checks-view.ts';
import { YEAR_KIND_LABEL } from './department-view.ts';
import { KEY_COLUMNS, keyCells, type DownloadTable } from './download-tables.ts';
import { TABLE_KIND_LABEL } from './table-kind.ts';
import { coverage } from './year-coverage.ts';

export const QUALITY_TABLE: DownloadTable = {
  kind: 'quality',
  title: '公开内容与核验概况',
  description: '每个部门年度一行：资料种类，公开了九张决算表中的哪几张、缺少哪几张，情况说明的章节数，各种结果的核验项数，以及被后续年度报告写成不同数字的项数。每项核验的内容见该部门年度页面的“数据核验”。',
  columns: [
    ...KEY_COLUMNS,
    { name: '资料', type: 'string', description: '部门决算、仅文字说明（决算表未随文公开）或仅绩效自评' },
    { name: '公开的表格数', type: 'integer', description: '公开了部门决算九张表中的几张' },
    { name: '缺少的表格', type: 'string', description: '九张表中未公开的几张，以“、”分隔；仅绩效自评的年度为空' },
    { name: '说明章节', type: 'integer', description: '情况说明的章节数' },
    { name: '通过', type: 'integer', description: '通过的核验项数' },
    { name: '尾数误差', type: 'integer', description: '差额在尾数误差以内的核验项数（每个加数 0.01 万元）' },
    { name: '已修正', type: 'integer', description: '读取时更正了数字的核验项数' },
    { name: '未通过', type: 'integer', description: '未通过的核验项数' },
    { name: '被后续报告改写', type: 'integer', description: '后续年度的报告写成不同数字的项数', field: 'restatedBy' },
  ],
  rows(entry) {
    const c = coverage(entry);
    const counts = countChecks(entry.checks);
    return [{
      ...keyCells(entry), 资料: YEAR_KIND_LABEL[c.kind], 公开的表格数: String(c.tablesPresent.length),
      缺少的表格: c.tablesMissing.map((k) => TABLE_KIND_LABEL[k]).join('、'), 说明章节: String((entry.narrative ?? []).length),
      通过: String(counts.pass), 尾数误差: String(counts.rounding), 已修正: String(counts.repaired), 未通过: String(counts.fail),
      被后续报告改写: String(entry.restatedBy?.length ?? 0),
    }];
  },
};
