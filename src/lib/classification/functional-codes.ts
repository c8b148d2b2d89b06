// 支出功能分类科目 (government expenditure by function): 类 (3 digits), 款 (5), 项 (7).
// The data is content/classification/functional.json (see content/README.md); this module
// gives it to the ingest and the site in the tuple form functional.ts reads.
import catalogue from '../../../content/classification/functional.json' with { type: 'json' };
import { functionalCode } from './schema.ts';

/** [code, current name, ...aliases] */
export type CodeTuple = readonly [string, string, ...string[]];

export const FUNCTIONAL_CODES: readonly CodeTuple[] = functionalCode.array().parse(catalogue)
  .map(({ code, name, aliases = [] }): CodeTuple => [code, name, ...aliases]);
