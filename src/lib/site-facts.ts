// Facts every page (and every download) states about the data: under what licence it may be
// reused, and when it was last updated. One place, so the footer, the /about/ page and the
// downloads say the same thing.

/** The licence of the data this site publishes (the reports themselves are public government information). */
export const DATA_LICENCE = {
  name: '知识共享署名 4.0 国际许可协议',
  short: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/deed.zh-hans',
} as const;

/**
 * The day the data was last updated, YYYY-MM-DD: PORTAL_UPDATED when the maintainers set it,
 * else the day of SOURCE_DATE_EPOCH (the reproducible-builds convention), else the day of the build (UTC).
 */
export function dataUpdated(env: Record<string, string | undefined> = process.env, now: Date = new Date()): string {
  if (env.PORTAL_UPDATED && /^\d{4}-\d{2}-\d{2}$/.test(env.PORTAL_UPDATED)) return env.PORTAL_UPDATED;
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  const day = env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? new Date(epoch * 1000) : now;
  return day.toISOString().slice(0, 10);
}
