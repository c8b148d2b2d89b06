// Geometry of the small grouped bar charts (三公 budget vs actual, total spending by year),
// computed at build time with d3-scale; the component only draws what this returns.
import { format, scaleBand, scaleLinear } from 'd3';
import { textWidth } from './text-fit.ts';

export interface BarDatum {
  /** Which slot of the group ("budget", "actual"). */
  slot: string;
  value: number;
  /** Drawn hatched and labelled 推算. */
  derived: boolean;
  title: string;
  /** A later report's different figure for the same year: a second marker on the bar, never in its place. */
  restated?: { value: number; title: string };
}

export interface BarGroup {
  label: string;
  bars: BarDatum[];
}

export interface PlacedBar extends BarDatum {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The value as printed above the bar, and its baseline (raised when it would collide with its neighbour's). */
  label: string;
  labelY: number;
  /** Where the later report's figure sits (restated). */
  marker?: { y: number; title: string };
}

export interface BarLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  bars: PlacedBar[];
  ticks: { y: number; label: string }[];
  groups: { x: number; label: string; derived: boolean }[];
}

export interface BarOptions {
  width: number;
  height: number;
  slots: readonly string[];
  /** How a value is printed above its bar. */
  formatValue: (value: number) => string;
  /** The top of the y scale, when several charts must share one (small multiples). */
  max?: number;
}

const LABEL_SIZE = 11;
const LABEL_STEP = 13;

const tickFormat = format(',~f');
const round = (v: number) => Math.round(v * 10) / 10;

export function layoutBars(groups: readonly BarGroup[], options: BarOptions): BarLayout {
  const plot = { left: 56, right: options.width - 8, top: 18 + LABEL_STEP, bottom: options.height - 36 };
  const max = Math.max(0, options.max ?? 0, ...groups.flatMap(barValues));
  const y = scaleLinear().domain([0, max || 1]).nice(4).range([plot.bottom, plot.top]);
  const x = scaleBand<string>().domain(groups.map((g) => g.label)).range([plot.left, plot.right]).paddingInner(0.3).paddingOuter(0.2);
  const slot = scaleBand<string>().domain(options.slots).range([0, x.bandwidth()]).paddingInner(0.1);
  const maxBar = 48 * options.slots.length;
  const squeeze = Math.max(0, x.bandwidth() - maxBar) / 2; // keep bars slim when there are few years
  const inner = slot.copy().range([squeeze, x.bandwidth() - squeeze]);
  const bars = groups.flatMap((g) => {
    let previous: PlacedBar | undefined;
    return g.bars.map((b) => {
      const top = y(Math.max(0, b.value));
      const placed: PlacedBar = {
        ...b,
        x: round((x(g.label) ?? 0) + (inner(b.slot) ?? 0)),
        y: round(top),
        width: round(inner.bandwidth()),
        height: round(plot.bottom - top),
        label: options.formatValue(b.value),
        labelY: round(top - 4),
        ...(b.restated ? { marker: { y: round(y(Math.max(0, b.restated.value))), title: b.restated.title } } : {}),
      };
      // A later report's higher figure sits above the bar: its value goes above the marker.
      if (placed.marker && placed.marker.y < placed.labelY + 4) placed.labelY = round(placed.marker.y - 7);
      // Neighbouring labels wider than their bars would overlap: lift this one a line.
      if (previous && Math.abs(previous.labelY - placed.labelY) < LABEL_STEP) {
        const room = placed.x + placed.width / 2 - (previous.x + previous.width / 2);
        const needed = (textWidth(previous.label, LABEL_SIZE) + textWidth(placed.label, LABEL_SIZE)) / 2 + 2;
        if (room < needed) placed.labelY = round(Math.min(placed.labelY, previous.labelY) - LABEL_STEP);
      }
      previous = placed;
      return placed;
    });
  });
  return {
    width: options.width,
    height: options.height,
    plot,
    bars,
    ticks: y.ticks(4).map((t) => ({ y: round(y(t)), label: tickFormat(t) })),
    groups: groups.map((g) => ({ x: round((x(g.label) ?? 0) + x.bandwidth() / 2), label: g.label, derived: g.bars.length > 0 && g.bars.every((b) => b.derived) })),
  };
}

/** The values a group draws: its bars and any later report's figure marked on them. */
function barValues(group: BarGroup): number[] {
  return group.bars.flatMap((b) => (b.restated ? [b.value, b.restated.value] : [b.value]));
}

/** The largest value of several charts' groups: their shared y scale. */
export function sharedMax(charts: readonly (readonly BarGroup[])[]): number {
  return Math.max(0, ...charts.flatMap((groups) => groups.flatMap(barValues)));
}
