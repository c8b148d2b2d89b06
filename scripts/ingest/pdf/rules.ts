// The table rules a page draws, from its operator list: stroked horizontal and vertical
// segments, thin filled rectangles (Word draws every cell edge as one), and the edges of
// filled cell rectangles; plus how much of the page images cover. Pure: the operator list
// in, segments in page coordinates out. The `constructPath` argument layout is pdfjs's own
// ([paintOp, [path data], minMax], path data as moveTo=0, lineTo=1, curveTo=2,
// quadraticCurveTo=3, closePath=4) and changed in pdfjs 5: the version is pinned and a
// fixture test guards it.

export type Matrix = [number, number, number, number, number, number];

/** An axis-aligned rule: x1 ≤ x2, y1 ≤ y2, one of the two pairs equal (within tolerance). */
export interface Segment { x1: number; y1: number; x2: number; y2: number }

/** The operator numbers used here (pdfjs's OPS). */
export interface Ops {
  save: number; restore: number; transform: number; constructPath: number;
  stroke: number; closeStroke: number; fill: number; eoFill: number; fillStroke: number; eoFillStroke: number;
  closeFillStroke: number; closeEOFillStroke: number; rectangle: number;
  paintFormXObjectBegin: number; paintFormXObjectEnd: number;
  paintImageXObject: number; paintInlineImageXObject: number; paintImageMaskXObject: number;
  paintImageXObjectRepeat: number; paintSolidColorImageMask: number;
  setFillRGBColor: number; setFillGray: number;
}

const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;
const CLOSE = 4;

/** A filled rectangle at most this thick is a rule (its centre line). */
const MAX_RULE_THICKNESS = 3;
/** Tolerance for "horizontal" and "vertical". */
const STRAIGHT = 0.5;

export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/**
 * `base` maps user space to page coordinates (the viewport's transform); the operator list's
 * own transforms are tracked through save/restore and form XObjects.
 */
export function rulesFromOperators(fnArray: ArrayLike<number>, argsArray: readonly unknown[], base: Matrix, ops: Ops): { segments: Segment[]; imageArea: number } {
  const segments: Segment[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let white = false;
  const stack: { ctm: Matrix; white: boolean }[] = [];
  let imageArea = 0;
  const toPage = (x: number, y: number) => apply(multiply(base, ctm), x, y);
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push({ ctm, white });
    else if (fn === ops.restore) ({ ctm, white } = stack.pop() ?? { ctm, white });
    else if (fn === ops.transform) ctm = multiply(ctm, args as Matrix);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push({ ctm, white });
      const matrix = args?.[0] as Matrix | null | undefined;
      if (matrix && matrix.length === 6) ctm = multiply(ctm, matrix);
    } else if (fn === ops.paintFormXObjectEnd) ({ ctm, white } = stack.pop() ?? { ctm, white });
    else if (fn === ops.setFillRGBColor) white = isWhite(args);
    else if (fn === ops.setFillGray) white = Number(args?.[0]) >= 0.99;
    else if (IMAGE_OPS(ops).has(fn)) imageArea += unitSquareArea(multiply(base, ctm));
    else if (fn === ops.constructPath) {
      const [paint, data] = (args ?? []) as [number, ArrayLike<number>[] | ArrayLike<number> | null];
      const path = Array.isArray(data) ? data[0] : data;
      if (!path) continue;
      const stroked = paint === ops.stroke || paint === ops.closeStroke || paint === ops.fillStroke || paint === ops.eoFillStroke
        || paint === ops.closeFillStroke || paint === ops.closeEOFillStroke;
      const filled = paint === ops.fill || paint === ops.eoFill || paint === ops.fillStroke || paint === ops.eoFillStroke
        || paint === ops.closeFillStroke || paint === ops.closeEOFillStroke;
      if (!stroked && !filled) continue; // a clip path or nothing drawn
      for (const polygon of polygons(path, toPage)) {
        if (stroked) segments.push(...edges(polygon));
        else if (!white) segments.push(...fillRules(polygon));
      }
    }
  }
  return { segments: segments.filter(straight), imageArea };
}

const imageOpsCache = new WeakMap<Ops, Set<number>>();
function IMAGE_OPS(ops: Ops): Set<number> {
  let set = imageOpsCache.get(ops);
  if (!set) {
    set = new Set([ops.paintImageXObject, ops.paintInlineImageXObject, ops.paintImageMaskXObject, ops.paintImageXObjectRepeat, ops.paintSolidColorImageMask]);
    imageOpsCache.set(ops, set);
  }
  return set;
}

function isWhite(args: unknown[] | null | undefined): boolean {
  if (!args) return false;
  // pdfjs passes "#rrggbb" or [r, g, b] in 0–255.
  const [first] = args;
  if (typeof first === 'string') return /^#f[ef]f[ef]f[ef]$/i.test(first);
  return args.length >= 3 && args.slice(0, 3).every((v) => Number(v) >= 250);
}

function unitSquareArea(m: Matrix): number {
  return Math.abs(m[0] * m[3] - m[1] * m[2]);
}

type Point = [number, number];

/** Sub-paths as point lists in page coordinates; curves are dropped (no table draws rules with them). */
function polygons(path: ArrayLike<number>, toPage: (x: number, y: number) => Point): Point[][] {
  const out: Point[][] = [];
  let current: Point[] = [];
  for (let i = 0; i < path.length;) {
    const op = path[i++];
    if (op === MOVE) {
      if (current.length > 1) out.push(current);
      current = [toPage(path[i++], path[i++])];
    } else if (op === LINE) current.push(toPage(path[i++], path[i++]));
    else if (op === CURVE) {
      i += 6;
      if (current.length > 1) out.push(current);
      current = [];
    } else if (op === QUAD) {
      i += 4;
      if (current.length > 1) out.push(current);
      current = [];
    } else if (op === CLOSE) {
      if (current.length > 1) {
        current.push(current[0]);
        out.push(current);
      }
      current = current.length ? [current[0]] : [];
    } else break; // unknown operator: stop reading this path
  }
  if (current.length > 1) out.push(current);
  return out;
}

function segment(a: Point, b: Point): Segment {
  return { x1: Math.min(a[0], b[0]), y1: Math.min(a[1], b[1]), x2: Math.max(a[0], b[0]), y2: Math.max(a[1], b[1]) };
}

function edges(points: Point[]): Segment[] {
  const out: Segment[] = [];
  for (let k = 1; k < points.length; k++) out.push(segment(points[k - 1], points[k]));
  return out;
}

/** A filled shape: a thin rectangle is a rule along its middle; a cell-sized one gives its edges. */
function fillRules(points: Point[]): Segment[] {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [x1, x2, y1, y2] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const rectangle = points.every((p) => (near(p[0], x1) || near(p[0], x2)) && (near(p[1], y1) || near(p[1], y2)));
  if (!rectangle) return [];
  const [w, h] = [x2 - x1, y2 - y1];
  if (h <= MAX_RULE_THICKNESS && w > h) return [{ x1, x2, y1: (y1 + y2) / 2, y2: (y1 + y2) / 2 }];
  if (w <= MAX_RULE_THICKNESS && h > w) return [{ x1: (x1 + x2) / 2, x2: (x1 + x2) / 2, y1, y2 }];
  return edges([[x1, y1], [x2, y1], [x2, y2], [x1, y2], [x1, y1]]);
}

const near = (a: number, b: number) => Math.abs(a - b) < STRAIGHT;

function straight(s: Segment): boolean {
  const horizontal = s.y2 - s.y1 < STRAIGHT && s.x2 - s.x1 > 1;
  const vertical = s.x2 - s.x1 < STRAIGHT && s.y2 - s.y1 > 1;
  return horizontal || vertical;
}
