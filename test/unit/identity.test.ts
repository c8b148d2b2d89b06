import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { identifyDocument, normaliseDepartmentName, regionOf } from '../../scripts/ingest/identity.ts';
import { toLines } from '../../scripts/ingest/text.ts';

function seedLines(name: string) {
  return toLines(readFileSync(new URL(`../../seeds/${name}.txt`, import.meta.url), 'utf8'));
}

describe('identifyDocument on the seeds', () => {
  const cases = [
    ['000_b2f907220b214ab4', '株洲市工业和信息化局', 5, 2020, 3, 'final-accounts', ['株洲市']],
    ['001_5d1dd30bc5ab887d', '株洲市人民政府办公室（本级）', 4, 2020, 3, 'final-accounts', ['株洲市']],
    ['002_6072ead37e57a340', '浏阳市工业和信息化局', 3, 2021, 4, 'performance-evaluation', ['浏阳市']],
    ['003_6dac83234b86279a', '株洲市芦淞区科技和工业信息化局', 3, 2023, 65, 'final-accounts', ['株洲市', '芦淞区']],
    ['004_29d4d071e588d985', '平顶山市工业和信息化局', 4, 2023, 3, 'final-accounts', ['平顶山市']],
  ] as const;
  it.each(cases)('%s', (seed, name, nameLine, year, yearLine, documentType, region) => {
    expect(identifyDocument(seedLines(seed))).toEqual({
      documentType,
      department: { name, line: nameLine },
      year: { value: year, line: yearLine },
      region,
    });
  });
});

describe('identifyDocument on title layouts', () => {
  const cases: [string, string, ReturnType<typeof identifyDocument>][] = [
    [
      'name and year on one line',
      '湖南省株洲市攸县财政局2022年度部门决算\n目录',
      { documentType: 'final-accounts', department: { name: '湖南省株洲市攸县财政局', line: 1 }, year: { value: 2022, line: 1 }, region: ['株洲市', '攸县'] },
    ],
    [
      'a written date is not the fiscal year',
      '长沙市浏阳市文化旅游广电局\n2022年4月14日\n2021年度部门整体支出绩效评价报告\n一、概况',
      { documentType: 'performance-evaluation', department: { name: '长沙市浏阳市文化旅游广电局', line: 1 }, year: { value: 2021, line: 3 }, region: ['长沙市', '浏阳市'] },
    ],
    [
      'no title: 部门 label lines vote, headings give the year',
      '第一部分\n部门：醴陵市 人民医院 (本级)\t公开01表\n部门：醴陵市人民医院（本级）\n第三部分2019年度部门决算情况说明',
      { documentType: 'final-accounts', department: { name: '醴陵市人民医院（本级）', line: 2 }, year: { value: 2019, line: 4 }, region: ['醴陵市'] },
    ],
    ['not a report', '会议纪要\n今天天气很好。', {}],
    ['a title without a department', '2020年度部门决算\n目录', { documentType: 'final-accounts', year: { value: 2020, line: 1 } }],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(identifyDocument(toLines(text))).toEqual(expected);
  });
});

describe('normaliseDepartmentName', () => {
  it.each([
    ['株洲市人民政府办公室 (本级)', '株洲市人民政府办公室（本级）'],
    ['株洲市芦淞区科技和工业信息化局单位', '株洲市芦淞区科技和工业信息化局'],
    ['## **平顶山市 工业和信息化局**', '平顶山市工业和信息化局'],
    ['株洲市人民政府办公室（本级）单位', '株洲市人民政府办公室（本级）'],
    ['株洲市机关事务服务中心单位', '株洲市机关事务服务中心'],
  ])('%s → %s', (raw, name) => {
    expect(normaliseDepartmentName(raw)).toBe(name);
  });
});

describe('regionOf', () => {
  it.each([
    ['株洲市工业和信息化局', ['株洲市']],
    ['株洲市芦淞区科技和工业信息化局', ['株洲市', '芦淞区']],
    ['浏阳市工业和信息化局', ['浏阳市']],
    ['平顶山市工业和信息化局', ['平顶山市']],
    ['株洲市人民政府办公室（本级）', ['株洲市']],
    ['株洲市市场监督管理局', ['株洲市']],
    ['株洲市社区矫正管理局', ['株洲市']],
    ['攸县教育局', ['攸县']],
    ['湖南省工业和信息化厅', ['湖南省']],
    ['中共株洲市委组织部', ['株洲市']],
    ['国家统计局', []],
    ['巩义市城市管理和综合执法局', ['巩义市']],
    ['长沙市浏阳市工业和信息化局', ['长沙市', '浏阳市']],
  ])('%s', (name, region) => {
    expect(regionOf(name)).toEqual(region);
  });
});
