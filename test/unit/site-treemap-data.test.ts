import { describe, expect, it } from 'vitest';
import { agreement, sum } from '../../src/lib/money.ts';
import { findNode, flatten, functionTree, layoutTiles } from '../../src/lib/treemap-data.ts';
import type { FunctionRow } from '../../src/lib/schema.ts';
import { seed000Function } from './site-fixtures.ts';

describe('functionTree on seed 000 (公开03表)', () => {
  const tree = functionTree(seed000Function, 7627.22);

  it('has the seven 类 of the report, in code order', () => {
    expect(tree.children.map((n) => n.code)).toEqual(['206', '208', '210', '211', '215', '221', '222']);
  });

  it('sums the 类 to 7627.21, which agrees with the published 7627.22 within rounding', () => {
    expect(tree.total).toBe(7627.21);
    expect(agreement(7627.22, tree.total, tree.children.length)).toBe('rounding');
  });

  it('keeps every published row exactly once', () => {
    expect(flatten(tree.children).map((n) => n.code).sort()).toEqual(seed000Function.map((r) => r.code).sort());
  });

  it('each 类 equals the sum of its 款, and each 款 the sum of its 项 (published figures)', () => {
    for (const node of flatten(tree.children).filter((n) => n.children.length)) {
      expect(sum(node.children.map((c) => c.total)).toNumber(), node.code).toBe(node.total);
      expect(node.unlisted).toBeUndefined();
    }
  });

  it('computes shares of the stated total as the report prints them (科学技术 7.1%, 粮油物资储备 43.8%)', () => {
    expect(findNode(tree.children, '206')?.share).toBe(7.13);
    expect(findNode(tree.children, '222')?.share).toBe(43.76);
    expect(findNode(tree.children, '2150501')?.share).toBe(23.94);
  });

  it('builds the tree of the same rows once for one stated total, anew for another', () => {
    expect(functionTree(seed000Function, 7627.22)).toBe(tree);
    const other = functionTree(seed000Function, 8000);
    expect(other).not.toBe(tree);
    expect([other.shareBase, findNode(other.children, '206')?.share]).toEqual([8000, 6.8]);
    expect(functionTree(seed000Function, 7627.22).shareBase).toBe(7627.22);
  });
});

describe('functionTree on partial data', () => {
  const rows: FunctionRow[] = [
    { code: '206', name: '科学技术支出', level: '类', total: 300.1 },
    { code: '2060101', name: '行政运行', level: '项', total: 200 },
    { code: '21505', name: '工业和信息产业监管', level: '款', total: 50 },
    { code: '206', name: '科学技术支出', level: '类', total: 300.1 },
  ];
  const tree = functionTree(rows);

  it('attaches a 项 to its 类 when the 款 is missing, and keeps an orphan 款 at the top', () => {
    expect(tree.children.map((n) => n.code)).toEqual(['206', '21505']);
    expect(tree.children[0].children.map((n) => n.code)).toEqual(['2060101']);
  });

  it('ignores a duplicated row and reports the part not broken down', () => {
    expect(tree.total).toBe(350.1);
    expect(tree.children[0].unlisted).toBe(100.1);
  });
});

describe('layoutTiles', () => {
  const tree = functionTree(seed000Function, 7627.22);
  const width = 960;
  const height = 540;

  it('gives the 类 overview areas proportional to the published totals and fills the frame', () => {
    const tiles = layoutTiles(tree.children, { width, height });
    expect(tiles).toHaveLength(7);
    const area = (t: { width: number; height: number }) => t.width * t.height;
    const big = tiles.find((t) => t.code === '222')!;
    const small = tiles.find((t) => t.code === '221')!;
    // 1px gutters take a little more from small tiles, hence 5%.
    expect(Math.abs(area(big) / area(small) / (3337.72 / 120.07) - 1)).toBeLessThan(0.05);
    for (const t of tiles) {
      expect(t.x).toBeGreaterThanOrEqual(0);
      expect(t.x + t.width).toBeLessThanOrEqual(width + 0.1);
      expect(t.y + t.height).toBeLessThanOrEqual(height + 0.1);
    }
  });

  it('lays out one 类 as its 款 groups with their 项 inside', () => {
    const node = findNode(tree.children, '208')!;
    const tiles = layoutTiles(node.children, { width, height, groupHeader: 20 }, 2);
    expect(tiles.filter((t) => t.group).map((t) => t.code)).toEqual(['20805', '20808']);
    expect(tiles.filter((t) => !t.group).map((t) => t.code).sort()).toEqual(['2080501', '2080502', '2080505', '2080801']);
    const group = tiles.find((t) => t.code === '20805')!;
    const child = tiles.find((t) => t.code === '2080501')!;
    expect(child.y).toBeGreaterThanOrEqual(group.y + 20);
  });

  it('leaves zero-amount rows out of the picture', () => {
    const tiles = layoutTiles(functionTree([{ code: '229', name: '其他支出', level: '类', total: 0 }, { code: '206', name: '科学技术支出', level: '类', total: 1 }]).children, { width, height });
    expect(tiles.map((t) => t.code)).toEqual(['206']);
  });
});
