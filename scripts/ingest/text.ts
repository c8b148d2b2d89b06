// Turn decoded report text into numbered lines with number-relevant full-width
// characters folded to ASCII. Names keep their full-width brackets; only digits and
// the punctuation that appears inside numbers are folded.

export interface Line {
  /** 1-based line number in the source file. */
  no: number;
  /** The line without its terminator, digits and number punctuation folded to ASCII. */
  text: string;
}

const FULLWIDTH_DIGIT = /[\uFF10-\uFF19]/g;
const FOLDABLE = /[\uFF05\uFF0B\uFF0C-\uFF19\u3000]/;

/** Fold full-width digits, ．, ％, －, ＋ and the full-width space; keep everything else. */
export function foldWidth(text: string): string {
  // Most lines have nothing to fold; testing first spares six replace passes per line.
  if (!FOLDABLE.test(text)) return text;
  return text
    .replace(FULLWIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/\uFF0E/g, '.')
    .replace(/\uFF05/g, '%')
    .replace(/\uFF0D/g, '-')
    .replace(/\uFF0B/g, '+')
    .replace(/\u3000/g, ' ')
    // a full-width comma between digit groups is a thousands separator: １，５０５ → 1,505
    .replace(/(\d)\uFF0C(?=\d{3}(?!\d))/g, '$1,');
}

/** Split text into lines (LF, CRLF or CR) and fold widths. */
export function toLines(text: string): Line[] {
  return text.split(/\r\n|\r|\n/).map((raw, i) => ({ no: i + 1, text: foldWidth(raw) }));
}
