// Table grids from drawn rules: collinear pieces merged, connected components of touching
// horizontal and vertical rules, each component's row and column boundaries, and for every
// row band which column boundaries are drawn in it (where none is, the cells are merged).
import type { Segment } from './rules.ts';

export interface Grid {
  /** Row boundaries (y, top to bottom) and column boundaries (x, left to right). */
  ys: number[];
  xs: number[];
  /** drawnV[r][c]: the boundary xs[c] is drawn between ys[r] and ys[r + 1]. */
  drawnV: boolean[][];
  /** drawnH[r][c]: the boundary ys[r] is drawn between xs[c] and xs[c + 1]. */
  drawnH: boolean[][];
  /** Only the outer vertical rules (or none) are drawn: columns must come from alignment. */
  ruled: boolean;
  /** The horizontal rules, merged: where a header cell's rule stops tells its columns. */
  across: Rule[];
}

/** Pieces of one rule closer than this (points) along it are joined. */
const JOIN_GAP = 2;
/** Rules this close across their direction are one line. */
const SAME_LINE = 1;
/** How near a rule must come to another to touch it. */
const TOUCH = 2;
/** Boundaries closer than this are one. */
const CLUSTER = 1.5;

export interface Rule { at: number; from: number; to: number }

/** Join collinear pieces (Word draws every cell edge separately). */
export function mergeRules(rules: Rule[]): Rule[] {
  const sorted = [...rules].sort((a, b) => a.at - b.at || a.from - b.from);
  const merged: Rule[] = [];
  for (const rule of sorted) {
    const last = merged.findLast((m) => Math.abs(m.at - rule.at) <= SAME_LINE && rule.from <= m.to + JOIN_GAP);
    if (last && Math.abs(last.at - rule.at) <= SAME_LINE) {
      last.to = Math.max(last.to, rule.to);
      continue;
    }
    merged.push({ ...rule });
  }
  return merged;
}

export function findGrids(segments: Segment[]): Grid[] {
  const horizontal = mergeRules(segments.filter((s) => s.y2 - s.y1 < 0.5).map((s) => ({ at: (s.y1 + s.y2) / 2, from: s.x1, to: s.x2 })));
  const vertical = mergeRules(segments.filter((s) => s.x2 - s.x1 < 0.5).map((s) => ({ at: (s.x1 + s.x2) / 2, from: s.y1, to: s.y2 })));
  const components = withInnerRules(connect(horizontal, vertical));
  return components.flatMap(({ h, v }) => {
    const grid = gridOf(h, v);
    return grid ? [grid] : [];
  });
}

/** Horizontal rules grouped with the vertical rules that touch them (union-find). */
function connect(h: Rule[], v: Rule[]): { h: Rule[]; v: Rule[] }[] {
  const parent = [...h, ...v].map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (a: number, b: number) => { parent[find(a)] = find(b); };
  h.forEach((a, i) => v.forEach((b, j) => {
    if (b.at >= a.from - TOUCH && b.at <= a.to + TOUCH && a.at >= b.from - TOUCH && a.at <= b.to + TOUCH) union(i, h.length + j);
  }));
  // Horizontal rules stacked one above the other with the same extent (a table ruled only
  // across, such as a three-line table) form one table too.
  h.forEach((a, i) => h.forEach((b, j) => {
    if (j > i && Math.abs(a.from - b.from) <= TOUCH * 2 && Math.abs(a.to - b.to) <= TOUCH * 2) union(i, j);
  }));
  const groups = new Map<number, { h: Rule[]; v: Rule[] }>();
  h.forEach((r, i) => { const g = groups.get(find(i)) ?? { h: [], v: [] }; g.h.push(r); groups.set(find(i), g); });
  v.forEach((r, j) => { const g = groups.get(find(h.length + j)) ?? { h: [], v: [] }; g.v.push(r); groups.set(find(h.length + j), g); });
  return [...groups.values()];
}

/**
 * Horizontal rules of part of a table's width inside a table drawn without vertical rules (the
 * rule under a header cell that spans some columns) belong to that table: nothing else
 * connects them to it.
 */
function withInnerRules(components: { h: Rule[]; v: Rule[] }[]): { h: Rule[]; v: Rule[] }[] {
  const box = (h: Rule[]) => ({ top: Math.min(...h.map((r) => r.at)), bottom: Math.max(...h.map((r) => r.at)), left: Math.min(...h.map((r) => r.from)), right: Math.max(...h.map((r) => r.to)) });
  const tables = components.filter((c) => c.h.length >= 2);
  const kept: { h: Rule[]; v: Rule[] }[] = [];
  for (const component of components) {
    const inner = component.v.length === 0 && component.h.length > 0 && tables.find((t) => {
      if (t === component) return false;
      const [outer, mine] = [box(t.h), box(component.h)];
      return mine.top > outer.top && mine.bottom < outer.bottom && mine.left >= outer.left - TOUCH && mine.right <= outer.right + TOUCH;
    });
    if (inner) inner.h.push(...component.h);
    else kept.push(component);
  }
  return kept;
}

function cluster(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out.at(-1);
    if (last && v - last.at(-1)! <= CLUSTER) last.push(v);
    else out.push([v]);
  }
  return out.map((g) => g.reduce((a, b) => a + b, 0) / g.length);
}

function gridOf(h: Rule[], v: Rule[]): Grid | undefined {
  if (h.length < 2) return undefined;
  const ys = cluster(h.map((r) => r.at));
  if (ys.length < 2) return undefined;
  const left = Math.min(...h.map((r) => r.from));
  const right = Math.max(...h.map((r) => r.to));
  // Vertical rules inside the table's width; the outer edges are its left and right.
  const inner = v.filter((r) => r.at > left + TOUCH && r.at < right - TOUCH);
  const xs = cluster([left, right, ...inner.map((r) => r.at)]);
  const ruled = inner.length > 0;
  const drawnV = ys.slice(0, -1).map((top, r) => {
    const bottom = ys[r + 1];
    return xs.map((x, c) => c === 0 || c === xs.length - 1 || covers(v, x, top, bottom));
  });
  const drawnH = ys.map((y) => xs.slice(0, -1).map((x, c) => covers(h, y, x, xs[c + 1])));
  return { ys, xs, drawnV, drawnH, ruled, across: h };
}

/** A rule at `at` covers most of the span [from, to]. */
export function covers(rules: Rule[], at: number, from: number, to: number): boolean {
  const span = to - from;
  const mid = (from + to) / 2;
  return rules.some((r) => Math.abs(r.at - at) <= CLUSTER + 0.5 && r.from <= mid && r.to >= mid && (Math.min(r.to, to) - Math.max(r.from, from)) >= span * 0.5);
}
