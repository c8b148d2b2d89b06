// What the treemap component draws: one view for the 类 overview and one per 类 (its 款 with
// their 项), tiles coloured by 类 code — the same colour for a 类 on every page — and labelled
// where the label fits; each view also as a sorted bar list for narrow screens.
import { interpolateRgb } from 'd3';
import type { FunctionNode, FunctionTree, Tile } from './treemap-data.ts';
import { layoutTiles } from './treemap-data.ts';
import { fitText, textWidth } from './text-fit.ts';
import { pct, wan } from './format.ts';
import { sum } from './money.ts';
import { paths } from './site-paths.ts';

// Light tints in the site's muted range, so dark labels keep their contrast. The classes that
// departments report most often each have a tint of their own; the rarer ones share.
export const CLASS_PALETTE = [
  '#c6dbef', '#c7e9c0', '#fdd8a8', '#dadaeb', '#f9c9c2', '#bfe3df', '#f3e3a0', '#f4cfe0',
  '#d4d9de', '#e3c4ec', '#e8d3b9', '#cfc6ef', '#a9d8e8', '#f2c4a0', '#d8e8a8', '#e6c3d6',
];
const CLASS_TINT: Record<string, number> = {
  201: 0, 204: 1, 205: 2, 206: 5, 207: 4, 208: 3, 210: 9, 211: 6,
  212: 7, 213: 12, 214: 10, 215: 13, 220: 14, 221: 11, 222: 8, 224: 15,
};

/** The fill of a 类 (and, lighter, of its 款 and 项): fixed by its code, the same on every page. */
export function classColour(code: string): string {
  const classCode = code.slice(0, 3);
  const index = CLASS_TINT[classCode] ?? [...classCode].reduce((n, c) => n * 31 + c.charCodeAt(0), 7);
  return CLASS_PALETTE[index % CLASS_PALETTE.length];
}

export const TREEMAP_SIZE = { width: 880, height: 500 } as const;
const NAME_SIZE = 13;
const VALUE_SIZE = 12;
const GROUP_HEADER = 18;

export interface TileLabel {
  x: number;
  y: number;
  name: string;
  /** Second line, absolute mode: "206 · 544.05" (or "544.05"); empty when the amount does not fit — never cut. */
  abs: string;
  /** Share mode: "206 · 7.1%" (or "7.1%"); empty when it does not fit. */
  share: string;
}

export interface TileView extends Tile {
  fill: string;
  /** Code of the view this tile opens (a 类 with 款 in the overview). */
  drill?: string;
  /** The subject page a tile that opens no view links to. */
  path?: string;
  label?: TileLabel;
  /** Full description for assistive technology and tooltips. */
  description: string;
}

/** One row of the bar list that stands for a view on narrow screens. */
export interface BarRow {
  code: string;
  name: string;
  total: number;
  share?: number;
  /** 0 for the view's own items, 1 for the 项 under a 款. */
  depth: number;
  /** Bar length, percent of the view's largest item. */
  length: number;
  fill: string;
  drill?: string;
  path: string;
}

export interface TreemapView {
  /** "root" or a 类 code. */
  id: string;
  title: string;
  code?: string;
  total: number;
  share?: number;
  tiles: TileView[];
  bars: BarRow[];
  /** Amount of the view's total not broken down further (shown as empty space). */
  unlisted?: number;
}

export function describeNode(n: Pick<FunctionNode, 'code' | 'name' | 'level' | 'total' | 'share'>): string {
  return `${n.name}（${n.level} ${n.code}）${wan(n.total)} 万元，占本年支出 ${pct(n.share)}`;
}

/** The first of `options` that fits `room`, else nothing: an amount is shown whole or not at all. */
function firstFitting(options: readonly string[], room: number): string {
  return options.find((o) => textWidth(o, VALUE_SIZE) <= room) ?? '';
}

function labelFor(tile: Tile, offsetY = 0): TileLabel | undefined {
  const room = tile.width - 10;
  if (tile.height - offsetY < 20 || room < 26) return undefined;
  const name = fitText(tile.name, room, NAME_SIZE);
  if (!name) return undefined;
  const twoLines = tile.height - offsetY >= 40;
  const line = (value: string) => (twoLines ? firstFitting([`${tile.code} · ${value}`, value], room) : '');
  return { x: tile.x + 5, y: tile.y + offsetY + 17, name, abs: line(wan(tile.total)), share: line(pct(tile.share)) };
}

const byTotal = (a: FunctionNode, b: FunctionNode) => b.total - a.total || (a.code < b.code ? -1 : 1);

function barRows(nodes: readonly FunctionNode[], nested: boolean, drillable: (n: FunctionNode) => boolean): BarRow[] {
  const shown = nodes.filter((n) => n.total > 0).sort(byTotal);
  const max = Math.max(0, ...shown.map((n) => n.total));
  const row = (n: FunctionNode, depth: number): BarRow => ({
    code: n.code, name: n.name, total: n.total, share: n.share, depth,
    length: max > 0 ? Math.round((Math.max(n.total, 0) / max) * 1000) / 10 : 0,
    // Darker than the tile: a bar on white must stand out from the page.
    fill: interpolateRgb(classColour(n.code), '#3d4a57')(0.3),
    ...(drillable(n) ? { drill: n.code } : {}),
    path: paths.subject(n.code),
  });
  return shown.flatMap((n) => [row(n, 0), ...(nested ? n.children.filter((c) => c.total > 0).sort(byTotal).map((c) => row(c, 1)) : [])]);
}

export function treemapViews(tree: FunctionTree): TreemapView[] {
  const drillable = (n: FunctionNode) => n.children.length > 0;
  const root: TreemapView = {
    id: 'root',
    title: '全部支出',
    total: tree.shareBase,
    tiles: layoutTiles(tree.children, TREEMAP_SIZE).map((t) => {
      const node = tree.children.find((n) => n.code === t.code);
      const drill = node && drillable(node) ? t.code : undefined;
      return { ...t, fill: classColour(t.code), ...(drill ? { drill } : { path: paths.subject(t.code) }), label: labelFor(t), description: describeNode(t) };
    }),
    bars: barRows(tree.children, false, drillable),
  };
  // The stated total exceeds what the 类 rows account for (beyond rounding): say so.
  const rest = sum([tree.shareBase]).minus(tree.total);
  if (rest.greaterThan(0.01 * Math.max(1, tree.children.length))) root.unlisted = rest.toNumber();
  const classViews = tree.children
    .filter(drillable)
    .map((node): TreemapView => {
      const base = classColour(node.code);
      const tiles = layoutTiles(node.children, { ...TREEMAP_SIZE, groupHeader: GROUP_HEADER }, 2).map((t) => {
        const fill = t.group ? base : interpolateRgb(base, '#ffffff')(t.depth === 1 ? 0.35 : 0.55);
        const label = t.group
          ? { x: t.x + 5, y: t.y + 14, name: fitText(`${t.name} ${t.code}`, t.width - 10, VALUE_SIZE), abs: '', share: '' }
          : labelFor(t);
        return { ...t, fill, path: paths.subject(t.code), label: label && label.name ? label : undefined, description: describeNode(t) };
      });
      return { id: node.code, code: node.code, title: node.name, total: node.total, share: node.share, tiles, bars: barRows(node.children, true, () => false), unlisted: node.unlisted };
    });
  return [root, ...classViews];
}
