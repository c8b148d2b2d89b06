// Parse an amount as the reports print it: "7,627.22", "381.5", "1 505.01", "0.00", "-3.2".
// Returns null for anything that is not a whole amount, so callers can tell text from numbers.

const AMOUNT = /^[-−]?(\d{1,3}(,\d{3})+|\d{1,3}( \d{3})+|\d+)(\.\d+)?$/;

export function parseAmount(raw: string): number | null {
  const text = raw.trim().replace(/^<b>|<\/b>$/g, '');
  if (!AMOUNT.test(text)) return null;
  const value = Number(text.replace(/[, ]/g, '').replace('−', '-'));
  return Number.isFinite(value) ? value : null;
}
