// What the treemap component draws: one view for the 类 overview and one per 类
// (its 款 with their 项), tiles coloured per 类 and labelled where the label fits.
import { interpolateRgb } from 'd3';
import type { FunctionNode, FunctionTree, Tile } from './treemap-data.ts';
import { layoutTiles } from './treemap-data.ts';
import { fitText } from './text-fit.ts';
import { pct, wan } from './format.ts';
import { sum } from './money.ts';

// Light fills so dark labels keep their contrast (ColorBrewer Set3/Paired, light end).
const PALETTE = ['#a6cee3', '#b2df8a', '#fdbf6f', '#cab2d6', '#fb9a99', '#8dd3c7', '#ffed6f', '#bebada', '#80b1d3', '#fdb462', '#b3de69', '#fccde5', '#ccebc5', '#d9d9d9', '#bc80bd'];

export const TREEMAP_SIZE = { width: 880, height: 500 } as const;
const NAME_SIZE = 13;
const VALUE_SIZE = 12;
const GROUP_HEADER = 18;

export interface TileLabel {
  x: number;
  y: number;
  name: string;
  /** Second line, absolute mode: "206 · 544.05"; share mode: "206 · 7.1%". Empty when it does not fit. */
  abs: string;
  share: string;
}

export interface TileView extends Tile {
  fill: string;
  /** Code of the view this tile opens (a 类 in the overview). */
  drill?: string;
  label?: TileLabel;
  /** Full description for assistive technology and tooltips. */
  description: string;
}

export interface TreemapView {
  /** "root" or a 类 code. */
  id: string;
  title: string;
  code?: string;
  total: number;
  share?: number;
  tiles: TileView[];
  /** Amount of the view's total not broken down further (shown as empty space). */
  unlisted?: number;
}

export function describeNode(n: Pick<FunctionNode, 'code' | 'name' | 'level' | 'total' | 'share'>): string {
  return `${n.name}（${n.level} ${n.code}）${wan(n.total)} 万元，占本年支出 ${pct(n.share)}`;
}

function labelFor(tile: Tile, offsetY = 0): TileLabel | undefined {
  const room = tile.width - 10;
  if (tile.height - offsetY < 20 || room < 26) return undefined;
  const name = fitText(tile.name, room, NAME_SIZE);
  if (!name) return undefined;
  const twoLines = tile.height - offsetY >= 40;
  const line = (value: string) => (twoLines ? fitText(`${tile.code} · ${value}`, room, VALUE_SIZE) : '');
  return { x: tile.x + 5, y: tile.y + offsetY + 17, name, abs: line(wan(tile.total)), share: line(pct(tile.share)) };
}

export function treemapViews(tree: FunctionTree): TreemapView[] {
  const colorOf = new Map(tree.children.map((n, i) => [n.code, PALETTE[i % PALETTE.length]]));
  const root: TreemapView = {
    id: 'root',
    title: '全部支出',
    total: tree.shareBase,
    tiles: layoutTiles(tree.children, TREEMAP_SIZE).map((t) => ({
      ...t,
      fill: colorOf.get(t.code)!,
      drill: tree.children.find((n) => n.code === t.code)?.children.length ? t.code : undefined,
      label: labelFor(t),
      description: describeNode(t),
    })),
  };
  // The stated total exceeds what the 类 rows account for (beyond rounding): say so.
  const rest = sum([tree.shareBase]).minus(tree.total);
  if (rest.greaterThan(0.01 * Math.max(1, tree.children.length))) root.unlisted = rest.toNumber();
  const classViews = tree.children
    .filter((n) => n.children.length > 0)
    .map((node): TreemapView => {
      const base = colorOf.get(node.code)!;
      const tiles = layoutTiles(node.children, { ...TREEMAP_SIZE, groupHeader: GROUP_HEADER }, 2).map((t) => {
        const fill = t.group ? base : interpolateRgb(base, '#ffffff')(t.depth === 1 ? 0.35 : 0.55);
        const label = t.group
          ? { x: t.x + 5, y: t.y + 14, name: fitText(`${t.name} ${t.code}`, t.width - 10, VALUE_SIZE), abs: '', share: '' }
          : labelFor(t);
        return { ...t, fill, label: label && label.name ? label : undefined, description: describeNode(t) };
      });
      return { id: node.code, code: node.code, title: node.name, total: node.total, share: node.share, tiles, unlisted: node.unlisted };
    });
  return [root, ...classViews];
}
