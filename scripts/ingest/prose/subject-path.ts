// "科学技术支出（类）技术与开发（款）其他技术与开发支出（项）。…" → the names before each
// （类）/（款）/（项） marker. Names may hold brackets of their own: "政府办公厅（室）及相关机构事务".

const MARKER = /[（(]\s*[类款项]\s*[)）]/g;

/**
 * The [类, 款, 项] names as written, with whitespace removed (a name wrapped over lines joins
 * up) and brackets made full-width, as the function rows print them: "政府办公厅(室)" is
 * "政府办公厅（室）". A 类 written without 支出 keeps that spelling.
 */
export function subjectPath(text: string): string[] {
  const names: string[] = [];
  let from = 0;
  for (const match of text.matchAll(MARKER)) {
    names.push(text.slice(from, match.index).replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）'));
    from = match.index + match[0].length;
    if (/项/.test(match[0])) break;
  }
  return names.filter((name) => name !== '');
}
