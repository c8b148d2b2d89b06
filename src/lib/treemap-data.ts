// Expenditure by functional class (类 → 款 → 项) as a tree, and its treemap tiles.
// Amounts are the published ones; only tile geometry uses floating point.
import { hierarchy, treemap, treemapSquarify } from 'd3';
import type { FunctionLevel, FunctionRow, SourceRef } from './schema.ts';
import { share, sum, toNumber } from './money.ts';

export interface FunctionNode {
  code: string;
  name: string;
  level: FunctionLevel;
  total: number;
  basic?: number;
  project?: number;
  /** Percent of the department-year's total expenditure (2 decimals). */
  share?: number;
  /** Published total minus the sum of the children, when positive: spending not broken down. */
  unlisted?: number;
  /** Where the row was read. */
  source?: SourceRef;
  children: FunctionNode[];
}

export interface FunctionTree {
  /** Top-level nodes (类, or orphans whose parent is not published). */
  children: FunctionNode[];
  /** Sum of the top-level totals (万元, exact). */
  total: number;
  /** The base for shares: the stated 本年支出合计, else `total`. */
  shareBase: number;
}

// A department-year page builds its tree twice (the treemap, and 要点 for the largest 类): once per
// list of rows and stated total. Keyed by the rows, so a tree goes when its department-year does;
// callers never modify a tree.
const trees = new WeakMap<readonly FunctionRow[], { statedTotal?: number; tree: FunctionTree }>();

/** Builds the 类/款/项 tree from flat rows; a row whose parent is missing attaches to the nearest ancestor present. */
export function functionTree(rows: readonly FunctionRow[], statedTotal?: number): FunctionTree {
  const known = trees.get(rows);
  if (known && known.statedTotal === statedTotal) return known.tree;
  const tree = buildTree(rows, statedTotal);
  trees.set(rows, { statedTotal, tree });
  return tree;
}

function buildTree(rows: readonly FunctionRow[], statedTotal?: number): FunctionTree {
  const nodes = new Map<string, FunctionNode>();
  for (const row of rows) {
    if (nodes.has(row.code)) continue; // a duplicated row would double-count
    nodes.set(row.code, { code: row.code, name: row.name, level: row.level, total: row.total, basic: row.basic, project: row.project, ...(row.source ? { source: row.source } : {}), children: [] });
  }
  const top: FunctionNode[] = [];
  for (const node of nodes.values()) {
    const parent = [5, 3].filter((n) => n < node.code.length).map((n) => nodes.get(node.code.slice(0, n))).find(Boolean);
    (parent ? parent.children : top).push(node);
  }
  const total = sum(top.map((n) => n.total)).toNumber();
  const shareBase = statedTotal ?? total;
  const finish = (node: FunctionNode) => {
    node.children.sort(byCode);
    const s = share(node.total, shareBase);
    if (s !== undefined) node.share = toNumber(s, 2);
    if (node.children.length) {
      const rest = sum([node.total]).minus(sum(node.children.map((c) => c.total)));
      if (rest.greaterThan(0.01 * node.children.length)) node.unlisted = rest.toNumber();
    }
    node.children.forEach(finish);
  };
  top.sort(byCode).forEach(finish);
  return { children: top, total, shareBase };
}

function byCode(a: FunctionNode, b: FunctionNode): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

/** Depth-first list of all nodes (类, then its 款, then their 项), for tables. */
export function flatten(nodes: readonly FunctionNode[]): FunctionNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}

export function findNode(nodes: readonly FunctionNode[], code: string): FunctionNode | undefined {
  return flatten(nodes).find((n) => n.code === code);
}

export interface Tile {
  code: string;
  name: string;
  level: FunctionLevel;
  total: number;
  share?: number;
  depth: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Whether the tile has children (a group in this view). */
  group: boolean;
}

export interface TreemapOptions {
  width: number;
  height: number;
  /** Room above a group's children for its label. */
  groupHeader?: number;
}

/**
 * Squarified tiles for `nodes` (one view: the 类 overview, or one 类's 款 and 项).
 * A tile's area follows its published total; a node whose children add up to less leaves
 * the remainder empty, so spending that is not broken down stays visible as a gap.
 */
export function layoutTiles(nodes: readonly FunctionNode[], options: TreemapOptions, maxDepth = 1): Tile[] {
  type Datum = { node?: FunctionNode; children: Datum[] };
  const wrap = (node: FunctionNode, depth: number): Datum => ({
    node,
    children: depth < maxDepth ? node.children.filter((c) => c.total > 0).map((c) => wrap(c, depth + 1)) : [],
  });
  const root = hierarchy<Datum>({ children: nodes.filter((n) => n.total > 0).map((n) => wrap(n, 1)) }, (d) => d.children);
  // Layout weight: the published total, or the children's sum when that is larger (a failed check), so children always fit.
  root.eachAfter((h) => {
    const own = h.data.node ? Math.max(h.data.node.total, 0) : 0;
    const kids = (h.children ?? []).reduce((acc, c) => acc + (c.value ?? 0), 0);
    (h as { value?: number }).value = Math.max(own, kids);
  });
  root.sort((a, b) => (b.value ?? 0) - (a.value ?? 0) || byCode(a.data.node!, b.data.node!));
  const header = options.groupHeader ?? 0;
  treemap<Datum>()
    .tile(treemapSquarify)
    .size([options.width, options.height])
    .paddingInner(1)
    .paddingOuter((h) => (h.depth > 0 && h.children ? 2 : 0))
    .paddingTop((h) => (h.depth > 0 && h.children ? header : 0))
    .round(false)(root);
  const round = (v: number) => Math.round(v * 10) / 10;
  return root.descendants().filter((h) => h.depth > 0).map((h) => {
    const r = h as typeof h & { x0: number; y0: number; x1: number; y1: number };
    const n = h.data.node!;
    return {
      code: n.code,
      name: n.name,
      level: n.level,
      total: n.total,
      share: n.share,
      depth: h.depth,
      x: round(r.x0),
      y: round(r.y0),
      width: round(r.x1 - r.x0),
      height: round(r.y1 - r.y0),
      group: Boolean(h.children?.length),
    };
  });
}
