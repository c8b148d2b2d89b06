// The kinds of department simulated, with the functional 项 they spend on: `admin` is
// their 行政运行 line (most basic expenditure), `domain` the lines their projects use.

import type { Region } from './regions.ts';

export interface Bureau {
  name: string;
  /** The name at district and county level, when it differs (卫生健康委员会 → 卫生健康局). */
  localName?: string;
  /** Only cities have it (科学技术局) or only districts and counties (科技和工业信息化局). */
  only?: 'city' | 'local';
  admin: string;
  domain: string[];
  /** What the bureau is about, for the duty texts: "{topic}工作". */
  topic: string;
}

export const BUREAUS: readonly Bureau[] = [
  { name: '发展和改革局', admin: '2010401', domain: ['2010402', '2010404', '2010408', '2010499'], topic: '发展和改革' },
  { name: '教育局', admin: '2050101', domain: ['2050102', '2050201', '2050202', '2050203', '2050204', '2050803'], topic: '教育' },
  { name: '科学技术局', only: 'city', admin: '2060101', domain: ['2060199', '2060203', '2060299', '2060404', '2060499', '2060599', '2069901', '2069999'], topic: '科技创新' },
  { name: '工业和信息化局', only: 'city', admin: '2150501', domain: ['2150508', '2150510', '2150517', '2150599', '2150805', '2150899', '2159999', '2069999'], topic: '工业和信息化' },
  { name: '科技和工业信息化局', only: 'local', admin: '2060101', domain: ['2060199', '2060404', '2060499', '2069901', '2069999', '2150599', '2159999'], topic: '科技创新和工业信息化' },
  { name: '公安局', admin: '2040201', domain: ['2040219', '2040220'], topic: '公安' },
  { name: '司法局', admin: '2040601', domain: ['2040604', '2040605', '2040607', '2040610'], topic: '司法行政' },
  { name: '财政局', admin: '2010601', domain: ['2010602', '2010607', '2010699'], topic: '财政' },
  { name: '人力资源和社会保障局', admin: '2080101', domain: ['2080106', '2080109'], topic: '人力资源和社会保障' },
  { name: '民政局', admin: '2080201', domain: ['2080208', '2081002'], topic: '民政' },
  { name: '自然资源和规划局', admin: '2200101', domain: ['2200104', '2200106'], topic: '自然资源和规划' },
  { name: '生态环境局', only: 'city', admin: '2110101', domain: ['2110104', '2110301', '2110302', '2119901'], topic: '生态环境' },
  { name: '住房和城乡建设局', admin: '2120101', domain: ['2120399', '2120501'], topic: '住房和城乡建设' },
  { name: '城市管理和综合执法局', admin: '2120101', domain: ['2120104', '2120501', '2120399'], topic: '城市管理' },
  { name: '交通运输局', admin: '2140101', domain: ['2140106', '2140112'], topic: '交通运输' },
  { name: '水利局', admin: '2130301', domain: ['2130306', '2130314'], topic: '水利' },
  { name: '农业农村局', admin: '2130101', domain: ['2130104', '2130108', '2130122'], topic: '农业农村' },
  { name: '林业局', admin: '2130201', domain: ['2130205', '2130234'], topic: '林业' },
  { name: '商务局', admin: '2160201', domain: ['2160299', '2011308'], topic: '商务' },
  { name: '文化旅游广电体育局', admin: '2070101', domain: ['2070104', '2070108', '2070109', '2070112', '2070113', '2070204', '2070308'], topic: '文化旅游广电体育' },
  { name: '卫生健康委员会', localName: '卫生健康局', admin: '2100101', domain: ['2100102', '2100401', '2100408', '2100410'], topic: '卫生健康' },
  { name: '应急管理局', admin: '2240101', domain: ['2240102', '2240106', '2240108'], topic: '应急管理' },
  { name: '审计局', admin: '2010801', domain: ['2010804'], topic: '审计' },
  { name: '统计局', admin: '2010501', domain: ['2010505', '2010507'], topic: '统计' },
  { name: '市场监督管理局', admin: '2013801', domain: ['2013802', '2013899'], topic: '市场监督管理' },
  { name: '人民政府办公室', admin: '2010301', domain: ['2010302', '2010305', '2010308', '2010399'], topic: '政务服务' },
  { name: '信访局', admin: '2010301', domain: ['2010308', '2010399'], topic: '信访' },
  { name: '机关事务管理局', admin: '2010301', domain: ['2010305', '2010399'], topic: '机关事务管理' },
];

/** Whether a region has this kind of bureau, and what it is called there. */
export function bureauName(bureau: Bureau, region: Region): string | undefined {
  const local = region.level !== 'city';
  if (bureau.only === 'city' && local) return undefined;
  if (bureau.only === 'local' && !local) return undefined;
  return local && bureau.localName ? bureau.localName : bureau.name;
}
