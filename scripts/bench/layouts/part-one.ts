// 第一部分 概况: duties and internal offices, shared by every layout.
import { DUTIES, fill, LAST_DUTY, OFFICES } from '../text/phrases.ts';
import { localWords, type ReportContext } from './context.ts';

/** 6–10 duty sentences, the last one always "承办…交办的其他事项". */
export function duties(ctx: ReportContext): string[] {
  const words = { ...localWords(ctx), topic: ctx.department.bureau.topic };
  const chosen = ctx.rng.sample(DUTIES, ctx.rng.int(5, DUTIES.length));
  return [...chosen, LAST_DUTY].map((t) => fill(t, words));
}

/** "办公室、人事科、…" */
export function offices(ctx: ReportContext): string {
  return ctx.rng.sample(OFFICES, ctx.rng.int(5, 9)).join('、');
}

/** （一） … （十九）, as the seeds number their duties. */
export function bracketed(n: number, chinese: (n: number) => string, open = '（', close = '）'): string {
  return `${open}${chinese(n)}${close}`;
}
