// The smaller figures a report states in its prose, formatted for a figure list.
import type { DepartmentYear } from './schema.ts';
import { wan } from './format.ts';

export interface OtherFigure {
  field: string;
  label: string;
  value: string;
  unit: string;
}

export function otherFigures(entry: DepartmentYear): OtherFigure[] {
  const out: OtherFigure[] = [];
  const money = (field: string, label: string, value: number | undefined) => {
    if (value !== undefined) out.push({ field, label, value: wan(value), unit: '万元' });
  };
  money('operatingCosts', '机关运行经费', entry.operatingCosts);
  const p = entry.procurement;
  money('procurement.total', '政府采购支出', p?.total);
  money('procurement.goods', '其中：货物', p?.goods);
  money('procurement.works', '其中：工程', p?.works);
  money('procurement.services', '其中：服务', p?.services);
  money('procurement.smeAwarded', '授予中小企业合同', p?.smeAwarded);
  if (entry.vehicles?.total !== undefined) out.push({ field: 'vehicles.total', label: '车辆', value: String(entry.vehicles.total), unit: '辆' });
  if (entry.performance?.score !== undefined) out.push({ field: 'performance.score', label: '绩效自评得分', value: String(entry.performance.score), unit: entry.performance.grade ? `分（${entry.performance.grade}）` : '分' });
  else if (entry.performance?.grade) out.push({ field: 'performance.grade', label: '绩效自评等级', value: entry.performance.grade, unit: '' });
  return out;
}
