// Lookups in the 支出功能分类科目 reference (content/classification/functional.json): by code, by parent,
// and from the names a report writes ("科学技术支出（类）技术与开发（款）…（项）") to a code.
import type { FunctionLevel } from '../schema.ts';
import { FUNCTIONAL_CODES } from './functional-codes.ts';

export interface FunctionalEntry {
  code: string;
  /** Current official name. */
  name: string;
  level: FunctionLevel;
  /** 类 of a 款, 款 of a 项; absent for a 类. */
  parent?: string;
  /** Earlier official names and misspellings seen in reports. */
  aliases: readonly string[];
}

function levelOf(code: string): FunctionLevel {
  return code.length === 3 ? '类' : code.length === 5 ? '款' : '项';
}

function parentOf(code: string): string | undefined {
  return code.length > 3 ? code.slice(0, code.length - 2) : undefined;
}

/** Every entry, in catalogue order (类 before its 款, 款 before its 项). */
export const functionalEntries: readonly FunctionalEntry[] = FUNCTIONAL_CODES.map(([code, name, ...aliases]) => ({
  code, name, level: levelOf(code), parent: parentOf(code), aliases,
}));

const byCode = new Map(functionalEntries.map((e) => [e.code, e]));
const byParent = new Map<string, FunctionalEntry[]>();
for (const entry of functionalEntries) {
  const key = entry.parent ?? '';
  byParent.set(key, [...(byParent.get(key) ?? []), entry]);
}

export function functionalEntry(code: string): FunctionalEntry | undefined {
  return byCode.get(code);
}

/** The 款 of a 类 or the 项 of a 款; with no code, every 类. */
export function childrenOf(code?: string): readonly FunctionalEntry[] {
  return byParent.get(code ?? '') ?? [];
}

/** Compare names as reports print them: no spaces or bold marks, full-width brackets, no "（类）" marker. */
export function normalizeSubjectName(name: string): string {
  return name
    .replace(/\*\*/g, '')
    .replace(/\s+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/（[类款项]）$/, '');
}

/** The name without a trailing 支出: "科学技术（类）支出" and "科学技术支出（类）" mean the same 类. */
function stem(name: string): string {
  return name.endsWith('支出') ? name.slice(0, -2) : name;
}

function namesOf(entry: FunctionalEntry): string[] {
  return [...new Set([entry.name, ...entry.aliases].map(normalizeSubjectName))];
}

interface NameIndex {
  /** Normalised name or alias → the entries called so. */
  exact: Map<string, FunctionalEntry[]>;
  /** The same without a trailing 支出. */
  loose: Map<string, FunctionalEntry[]>;
}

// Built once per candidate list: every report resolves dozens of names.
const indexes = new WeakMap<readonly FunctionalEntry[], NameIndex>();

function indexOf(candidates: readonly FunctionalEntry[]): NameIndex {
  let index = indexes.get(candidates);
  if (index) return index;
  index = { exact: new Map(), loose: new Map() };
  const add = (map: Map<string, FunctionalEntry[]>, key: string, entry: FunctionalEntry) => {
    const list = map.get(key) ?? [];
    if (!list.includes(entry)) list.push(entry);
    map.set(key, list);
  };
  for (const entry of candidates) {
    for (const name of namesOf(entry)) {
      add(index.exact, name, entry);
      add(index.loose, stem(name), entry);
    }
  }
  indexes.set(candidates, index);
  return index;
}

/** The one entry among `candidates` called `name`: exact (or alias) first, then ignoring a 支出 suffix. */
function matchName(candidates: readonly FunctionalEntry[], name: string): FunctionalEntry | undefined {
  const wanted = normalizeSubjectName(name);
  const { exact, loose } = indexOf(candidates);
  const named = exact.get(wanted) ?? [];
  if (named.length > 0) return named.length === 1 ? named[0] : undefined;
  const similar = loose.get(stem(wanted)) ?? [];
  return similar.length === 1 ? similar[0] : undefined;
}

const kuanEntries = functionalEntries.filter((e) => e.level === '款');
const itemsByClass = new Map<string, FunctionalEntry[]>();
for (const entry of functionalEntries) {
  if (entry.level === '项') itemsByClass.set(entry.code.slice(0, 3), [...(itemsByClass.get(entry.code.slice(0, 3)) ?? []), entry]);
}

/**
 * Resolve [类名, 款名, 项名] (or a shorter prefix) to a code. When the 类 name is unknown, a
 * 款 name that occurs under exactly one 类 still resolves. Undefined when any step is unknown
 * or ambiguous.
 */
export function resolvePath(names: readonly string[]): string | undefined {
  if (names.length === 0) return undefined;
  let current = matchName(childrenOf(), names[0]);
  let rest = names.slice(1);
  if (!current && names.length > 1) {
    current = matchName(kuanEntries, names[1]);
    rest = names.slice(2);
  }
  for (const name of rest) {
    if (!current) return undefined;
    current = matchName(childrenOf(current.code), name);
  }
  return current?.code;
}

/**
 * For a path whose 款 does not hold its 项 (a report slip such as "技术与开发（款）其他科学
 * 技术支出（项）"): the one 项 of that name anywhere in the 类. Callers record the repair.
 */
export function resolveWithinClass(names: readonly string[]): string | undefined {
  if (names.length < 3) return undefined;
  const classCode = resolvePath([names[0]]);
  if (!classCode) return undefined;
  return matchName(itemsByClass.get(classCode) ?? [], names[names.length - 1])?.code;
}
