// What the ingest said about a report file (content/ingest-report.json), as /quality/ words
// it: the ingest's own sentence when it reads as Chinese, else what its stable code means.
import type { IngestMessage } from './ingest-report-schema.ts';
import { checkTitle } from './check-text.ts';
import { readsAsChinese } from './latin-words.ts';

export const INGEST_CODE_TEXT: Record<string, string> = {
  'binary-file': '不是文本或 PDF 文件，未能读取',
  'check-failed': '有核验未通过',
  'decode-failed': '文件无法解码',
  'empty-file': '文件是空的',
  'internal-error': '读取程序出错，这份报告未能导入（其他报告不受影响）',
  'invalid-bytes': '文件中有无法解码的字节',
  'invalid-encoding': '文件的字符编码有误',
  'line-too-long': '文件中有过长的行',
  'not-a-report': '不是部门决算或绩效自评报告',
  'pdf-bad-text': 'PDF 中的文字无法正确解码',
  'pdf-encrypted': 'PDF 文件已加密，无法读取',
  'pdf-no-text': 'PDF 中没有可读取的文字（可能是扫描件）',
  'pdf-unreadable': 'PDF 文件无法读取',
  'schema-invalid': '读出的数据不符合数据约定，未能发布',
  'sources-csv': '来源清单（sources.csv）中有一行无法使用',
  'table-cell-count': '表格中有的行单元格多于列数',
  'table-code': '表格中有无法识别的科目编码',
  'table-duplicate': '同一张表出现了两次',
  'table-economic-row': '基本支出表中有无法识别的行',
  'table-misaligned': '表格的列没有对齐',
  'table-missing': '报告缺少部分决算表',
  'table-no-rows': '表格没有数据行',
  'table-no-unit': '表格没有注明金额单位',
  'table-none': '报告中没有部门决算表',
  'table-stray-line': '表格中有无法归入任何一行的文字',
  'table-truncated': '表格不完整',
  'table-unit-inherited': '表格未注明金额单位，沿用了前一张表的单位',
  'table-unreadable': '有表格标题，但读不出表格行',
  'template-not-report': '这是报告模板，不是某个部门的报告',
  'unknown-encoding': '无法识别文件的字符编码',
  'unsupported-format': '不支持的文件格式',
};

/** The message a reader of /quality/ reads. */
export function ingestMessageText(message: Pick<IngestMessage, 'code' | 'message'>): string {
  // A failed check is reported as "<check id>: <sentence>".
  const failed = message.code === 'check-failed' ? /^([A-Za-z][\w.]*):\s*([\s\S]*)$/.exec(message.message) : null;
  if (failed) return `核验未通过（${checkTitle({ id: failed[1] })}）${readsAsChinese(failed[2]) ? `：${failed[2]}` : ''}`;
  if (readsAsChinese(message.message)) return message.message;
  return INGEST_CODE_TEXT[message.code] ?? '读取这份报告时发现问题';
}
