// Chinese numerals as the reports use them: list markers (一、… 二十六、) and dates (二〇二四年九月).

const DIGITS = '〇一二三四五六七八九';

/** 1..99 → 一 … 九十九 (list markers, 行次 labels). */
export function chineseOrdinal(n: number): string {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

/** 2024 → 二〇二四 (years are read digit by digit). */
export function chineseYear(year: number): string {
  return [...String(year)].map((d) => DIGITS[Number(d)]).join('');
}
