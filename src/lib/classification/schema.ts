// The shape of the hand-maintained classification files in content/classification/, checked
// when a module here loads them (for the ingest) and when Astro loads them as collections.
import { z } from 'astro/zod';

/** content/classification/functional.json: one entry per 类 (3 digits), 款 (5) or 项 (7), in catalogue order. */
export const functionalCode = z.object({
  code: z.string().regex(/^\d{3}(\d{2}){0,2}$/),
  /** The current official name. */
  name: z.string().min(1),
  /** Earlier official names and misspellings seen in reports, so that old reports still resolve. */
  aliases: z.array(z.string().min(1)).optional(),
});
export type FunctionalCode = z.infer<typeof functionalCode>;

/** content/classification/economic.json: one entry per 类 (3 digits) with its 款 (5 digits). */
export const economicClass = z.object({
  code: z.string().regex(/^3\d{2}$/),
  name: z.string().min(1),
  /** 人员经费 (personnel) or 公用经费 (public): how 公开06 groups its 类. */
  group: z.enum(['personnel', 'public']),
  items: z.array(z.object({ code: z.string().regex(/^3\d{4}$/), name: z.string().min(1) })),
});
export type EconomicClass = z.infer<typeof economicClass>;
