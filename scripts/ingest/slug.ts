// A department's URL and file-name key: ASCII pinyin words (place, then the rest, then
// bracketed qualifiers such as 本级), plus a short hash of the normalised name so two
// departments whose names sound alike (homophones) never share a slug.
import { createHash } from 'node:crypto';
import { pinyin } from 'pinyin-pro';
import { normaliseDepartmentName, regionOf } from './identity.ts';

const MAX_WORDS_LENGTH = 53; // + "-" + 6 hex = 60

// A department reports every year: spell each name once (pinyin is the slow part).
const slugs = new Map<string, string>();

export function departmentSlug(name: string): string {
  let slug = slugs.get(name);
  if (slug === undefined) {
    const normalised = normaliseDepartmentName(name);
    const hash = createHash('sha256').update(normalised).digest('hex').slice(0, 6);
    const words = truncate(nameWords(normalised).join('-'));
    slugs.set(name, (slug = `${words || 'dept'}-${hash}`));
  }
  return slug;
}

/**
 * A region's URL key: its places in pinyin, outer first, plus a short hash of the names, so
 * that homophones (泰州市 and 台州市 both spell taizhoushi) never share a page:
 * ["株洲市", "芦淞区"] → zhuzhoushi-lusongqu-<6 hex>.
 */
export function regionSlug(names: readonly string[]): string {
  const hash = createHash('sha256').update(names.join('/')).digest('hex').slice(0, 6);
  const words = truncate(names.map(toAscii).filter((word) => word !== '').join('-'));
  return `${words || 'region'}-${hash}`;
}

/** ["zhuzhoushi", "lusongqu", "kejihegongyexinxihuaju"] for 株洲市芦淞区科技和工业信息化局. */
function nameWords(name: string): string[] {
  // Each place is a word; what precedes a place (湖南省, 中共) is a word too.
  const parts: string[] = [];
  let position = 0;
  for (const place of regionOf(name)) {
    const at = name.indexOf(place, position);
    if (at > position) parts.push(name.slice(position, at));
    parts.push(place);
    position = at + place.length;
  }
  parts.push(...name.slice(position).split(/[（）()【】[\]《》〈〉「」]/));
  return parts.map(toAscii).filter((word) => word !== '');
}

function toAscii(text: string): string {
  const spelled = pinyin(text, { toneType: 'none', type: 'array', v: true }).join('');
  return spelled
    .normalize('NFKD') // full-width letters and digits → ASCII, accents split off
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Cut at a word boundary when one is near enough, never leaving a trailing hyphen. */
function truncate(words: string): string {
  if (words.length <= MAX_WORDS_LENGTH) return words;
  const cut = words.slice(0, MAX_WORDS_LENGTH);
  const boundary = cut.lastIndexOf('-');
  return (boundary >= 20 ? cut.slice(0, boundary) : cut).replace(/-+$/, '');
}
