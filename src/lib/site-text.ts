// Fixed UI wording used in more than one place.
export const SITE_NAME = '部门决算公开数据';

export const DOCUMENT_TYPE_LABEL: Record<string, string> = {
  'final-accounts': '部门决算',
  'performance-evaluation': '绩效自评报告',
};
