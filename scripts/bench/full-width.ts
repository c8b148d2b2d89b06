// Some reports print the digits of their prose in full width (１２３．４５万元, ２０％).
// The ingest folds them back (scripts/ingest/text.ts foldWidth); this is the reverse.

export function toFullWidthDigits(text: string): string {
  return text
    .replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0x30 + 0xff10))
    .replace(/(?<=[0-9\uFF10-\uFF19])\.(?=[0-9\uFF10-\uFF19])/g, '\uFF0E')
    .replace(/%/g, '\uFF05');
}
