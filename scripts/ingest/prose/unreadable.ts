// A safety net: any "…万元" or "…元" whose number the amount parser rejects ("1,2345.6万元",
// "1.2.3万元") is reported, so a figure is never silently skipped.
import { parseAmount } from '../amount.ts';
import { warn, type ProseContext } from './context.ts';
import { lineAt, type Paragraph } from './paragraphs.ts';

const AMOUNT_LIKE = /(?<![\d.,])(\d[\d.,]*)\s*万?元/g;

export function reportUnreadableAmounts(paragraphs: readonly Paragraph[], context: ProseContext): void {
  for (const paragraph of paragraphs) {
    for (const match of paragraph.text.matchAll(AMOUNT_LIKE)) {
      if (parseAmount(match[1]) !== null) continue;
      warn(context, 'prose.unreadableAmount', `读不出金额“${match[0]}”`, lineAt(paragraph, match.index));
    }
  }
}
