// datapackage.json: the downloads described as a Frictionless Data Package (the convention of
// open fiscal data): every CSV with its fields' types, descriptions and units, the JSON files,
// the licence and the date of the data.
import { DOWNLOAD_TABLES, REGION_TABLE, type Column } from './download-tables.ts';
import { QUALITY_TABLE } from './quality-table.ts';
import { DATA_LICENCE } from './site-facts.ts';

const fieldsOf = (columns: readonly Column[]) => columns.map((c) => ({ name: c.name, type: c.type, description: c.field ? `${c.description}（${c.field}）` : c.description, ...(c.unit ? { unit: c.unit } : {}) }));

/** `regionFiles`: the region-year CSVs, relative to data/ (regions/<region>/<year>.csv). */
export function dataPackage(years: readonly number[], updated: string, regionFiles: readonly string[] = []): Record<string, unknown> {
  return {
    profile: 'data-package',
    name: 'bumen-juesuan',
    title: '部门决算公开数据',
    description: '各部门公开的部门决算报告中的数字：按功能分类、经济分类的支出，“三公”经费，预算执行和收入。金额单位为万元，按报告所印（两位小数）；报告未列的数字为空，不是 0。每一行注明读出它的报告文件、页和行。每个部门年度另有同样结构的 CSV：departments/<部门标识>/<年度>-<种类>.csv；每个地区每个年度有一张各部门对比表：regions/<地区标识>/<年度>.csv。',
    created: updated,
    licenses: [{ name: 'CC-BY-4.0', title: `${DATA_LICENCE.name}（${DATA_LICENCE.short}）`, path: DATA_LICENCE.url }],
    resources: [
      ...DOWNLOAD_TABLES.map((table) => ({
        name: table.kind,
        title: table.title,
        description: table.description,
        profile: 'tabular-data-resource',
        path: years.map((year) => `years/${year}-${table.kind}.csv`),
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8-sig',
        schema: { fields: fieldsOf(table.columns), missingValues: [''] },
      })),
      ...(regionFiles.length ? [{
        name: REGION_TABLE.kind,
        title: REGION_TABLE.title,
        description: REGION_TABLE.description,
        profile: 'tabular-data-resource',
        path: regionFiles,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8-sig',
        schema: { fields: fieldsOf(REGION_TABLE.columns), missingValues: [''] },
      }] : []),
      {
        name: QUALITY_TABLE.kind,
        title: QUALITY_TABLE.title,
        description: QUALITY_TABLE.description,
        profile: 'tabular-data-resource',
        path: 'quality.csv',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8-sig',
        schema: { fields: fieldsOf(QUALITY_TABLE.columns), missingValues: [''] },
      },
      {
        name: 'department-years',
        title: '部门年度（JSON，每行一个）',
        description: '每个部门年度的全部数据，按数据约定（schema.json）的结构，一行一个，每个年度一个文件。',
        path: years.map((year) => `years/${year}.jsonl`),
        format: 'jsonl',
        mediatype: 'application/x-ndjson',
        encoding: 'utf-8',
        jsonSchema: 'schema.json',
      },
      {
        name: 'all',
        title: '全部数据（JSON）',
        description: '全部部门及其各年度，一个文件：{ schemaVersion, departments: [{ schemaVersion, department, years }] }。',
        path: 'all.json',
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        jsonSchema: 'schema.json',
      },
    ],
  };
}
