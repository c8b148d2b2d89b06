// Field documentation of the published JSON (one department-year), shown on /data/.
// Mirrors the data contract; the machine-readable version is /data/schema.json.

export interface FieldDoc {
  path: string;
  term: string;
  doc: string;
}

export const FIELD_DOCS: readonly FieldDoc[] = [
  { path: 'schemaVersion', term: '数据格式版本', doc: '目前为 1。字段只增不改；改名会提升版本号。' },
  { path: 'department.name', term: '部门名称', doc: '按报告书写，统一为全角括号、去掉多余空格。' },
  { path: 'department.slug', term: '部门标识', doc: 'ASCII 字母、数字和连字符，稳定唯一，用于网址和文件名。' },
  { path: 'department.region', term: '地区', doc: '市，以及报告写明的区、县，例如 ["株洲市", "芦淞区"]。' },
  { path: 'year', term: '年度', doc: '决算所属的财政年度（2020年度 → 2020）。' },
  { path: 'unit', term: '金额单位', doc: '始终为“万元”。以元公布的报告除以 10000 换算，不做舍入。' },
  { path: 'sources[]', term: '来源文件', doc: 'file：报告文件路径；sha256：文件的 SHA-256 摘要；documentType：final-accounts（部门决算）或 performance-evaluation（绩效自评报告）。' },
  { path: 'summary', term: '收支总表', doc: 'incomeTotal 本年收入合计、expenditureTotal 本年支出合计、basicExpenditure 基本支出、projectExpenditure 项目支出、openingBalance 年初结转和结余、closingBalance 年末结转和结余、grandTotal 收支总计。报告未写明的字段不出现（未写明不等于零）。' },
  { path: 'income[]', term: '收入来源', doc: '公开01表收入方每一项：name 名称、amount 金额。' },
  { path: 'expenditureByFunction[]', term: '支出功能分类', doc: 'code 科目编码（类 3 位、款 5 位、项 7 位）、name 科目名称、level 级次、total 本年支出合计、basic 基本支出、project 项目支出；取自公开03表，没有时取05表或文字说明。' },
  { path: 'basicByEconomic', term: '基本支出经济分类', doc: 'personnelTotal 人员经费合计、publicTotal 公用经费合计、rows 公开06表的类、款行（code、name、level、amount）。' },
  { path: 'threePublic', term: '“三公”经费', doc: 'budget 预算数、actual 决算数，各含 total 合计、abroad 因公出国（境）费、vehicle 公务用车购置及运行费、vehiclePurchase 购置费、vehicleOperation 运行（维护）费、reception 公务接待费。' },
  { path: 'budgetExecution[]', term: '预算执行', doc: '一般公共预算财政拨款支出决算具体情况：code 科目编码（文字未给出时由类、款、项名称解析）、path 类款项名称、budget 年初预算、actual 支出决算、rate 完成率（%）、reason 主要原因（原文）。' },
  { path: 'budgetExecutionTotal', term: '预算执行合计', doc: '年初预算、决算总数和完成率。' },
  { path: 'operatingCosts', term: '机关运行经费', doc: '报告写明时给出。' },
  { path: 'procurement', term: '政府采购', doc: 'total 总额、goods 货物、works 工程、services 服务、smeAwarded 授予中小企业合同金额。' },
  { path: 'performance', term: '绩效自评', doc: 'score 自评得分、grade 等级。' },
  { path: 'vehicles', term: '车辆', doc: '报告写明的车辆总数。' },
  { path: 'history[]', term: '上年数字', doc: '本年度报告中“与上年相比”推出的上年数字：year 年度、field 字段路径（如 threePublic.actual.abroad）、value 数值、derivedFrom 原文。网站图表中标为“推算”。' },
  { path: 'tables[]', term: '原始表格', doc: '报告中每一张表的完整内容：id（如“公开03”）、title、columns、rows（cells：数字为万元数值，文字为字符串；source：文件和行号）。' },
  { path: 'narrative[]', term: '情况说明', doc: '报告文字部分，按节：title、text。' },
  { path: 'glossary[]', term: '名词解释', doc: '报告中的名词解释：term、definition。' },
  { path: 'checks[]', term: '核验', doc: '每一项算术和一致性核验：id、status（pass 通过、rounding 尾数误差、repaired 已修正、fail 未通过）、message 说明、field 所涉字段路径。' },
  { path: '*.source', term: '出处', doc: '每一行数字的出处：file 文件路径，line 行号（从 1 起）。' },
];
