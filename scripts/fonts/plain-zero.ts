/**
 * Writes the print fonts: Atkinson Hyperlegible (from npm) with a plain oval zero instead of its slashed one.
 * Lay readers read "3Ø menit" and "2Ø19" as odd letters; the slash is there to tell 0 from O, which Lancar's
 * texts never need (a zero only ever stands among digits). Run it again after the npm font changes:
 *
 *   npx node scripts/fonts/plain-zero.ts
 *
 * It rewrites src/print/fonts/*.ttf, which are committed, so the build needs nothing but the files.
 *
 * The slashed zero has three contours: the outer oval and the counter, cut in two by the slash. The plain zero
 * keeps the outer oval and makes the counter whole again from the designer's own curve: the quarter of the upper
 * counter between its rightmost and its topmost point, mirrored into the other three quarters.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fontkit } from '../../src/print/pdf.ts';
import { type Contours, componentsOf, decodeGlyph, encodeGlyph, glyphs, type Point, readFont, renameStrings, setGlyphs, writeFont } from './ttf.ts';

/** What is added to the version (name id 5) and unique id (name id 3) strings, so the derived font says what it is. */
export const VERSION_NOTE = 'Lancar plain zero';

const onCurve = (contour: Point[]) => contour.filter((p) => p.onCurve);
const extent = (contour: Point[]) => Math.max(...contour.map((p) => p.x)) - Math.min(...contour.map((p) => p.x));

/** Twice the signed area of the polygon through the points: its sign is the contour's direction. */
const area = (contour: Point[]) =>
  contour.reduce((sum, p, i) => {
    const q = contour[(i + 1) % contour.length]!;
    return sum + p.x * q.y - q.x * p.y;
  }, 0);

/** The zero's outline without its slash: the outer contour and one whole counter, turning the other way. */
export function plainZeroContours(contours: Contours, glyphName: string): Contours {
  if (contours.length !== 3) throw new Error(`${glyphName}: expected 3 contours (oval and a counter cut by the slash), found ${contours.length}`);
  const [outer, ...counters] = [...contours].sort((a, b) => extent(b) - extent(a)) as [Point[], Point[], Point[]];
  const topY = Math.max(...counters.flatMap((c) => onCurve(c).map((p) => p.y)));
  const upper = counters.find((c) => c.some((p) => p.onCurve && p.y === topY))!;
  const rightX = Math.max(...onCurve(upper).map((p) => p.x));
  const start = upper.findIndex((p) => p.onCurve && p.x === rightX);
  const end = upper.findIndex((p) => p.onCurve && p.y === topY);
  // The contour from one point to the other, whichever way round the file stores it.
  const walk = (from: number, to: number) => {
    const path: Point[] = [];
    for (let i = from; ; i = (i + 1) % upper.length) {
      path.push(upper[i]!);
      if (i === to) return path;
    }
  };
  const rising = (path: Point[]) => path.every((p, i) => i === 0 || (p.x <= path[i - 1]!.x && p.y >= path[i - 1]!.y));
  const forward = walk(start, end);
  const quarter = rising(forward) ? forward : walk(end, start).reverse();
  const right = quarter[0]!;
  const top = quarter[quarter.length - 1]!;
  if (!rising(quarter)) throw new Error(`${glyphName}: the counter between its rightmost and topmost points is not one quarter of an oval`);
  const cx = top.x;
  const cy = right.y;
  const mirror = (p: Point, sx: boolean, sy: boolean): Point => ({ x: sx ? 2 * cx - p.x : p.x, y: sy ? 2 * cy - p.y : p.y, onCurve: p.onCurve });
  // Right → top → left → bottom, each quarter without its last point (the next one starts there).
  const counter = [
    ...quarter.slice(0, -1),
    ...[...quarter]
      .reverse()
      .slice(0, -1)
      .map((p) => mirror(p, true, false)),
    ...quarter.slice(0, -1).map((p) => mirror(p, true, true)),
    ...[...quarter]
      .reverse()
      .slice(0, -1)
      .map((p) => mirror(p, false, true)),
  ];
  const counterDirection = Math.sign(area(outer)) === Math.sign(area(counter)) ? [...counter].reverse() : counter;
  return [outer, counterDirection];
}

/** The font with every slashed zero (the default one and the tabular one) made plain, and its names noted. */
export function plainZeroFont(bytes: Uint8Array): Uint8Array {
  const parsed = fontkit.create(Buffer.from(bytes)) as unknown as {
    numGlyphs: number;
    glyphForCodePoint(c: number): { id: number; name: string };
    getGlyph(id: number): { name: string };
  };
  const zero = parsed.glyphForCodePoint(0x30);
  const ids = [zero.id];
  for (let id = 0; id < parsed.numGlyphs; id++) if (id !== zero.id && parsed.getGlyph(id).name.startsWith('zero.')) ids.push(id);
  let font = readFont(bytes);
  const list = glyphs(font);
  for (const id of ids) {
    const name = parsed.getGlyph(id).name;
    const components = componentsOf(list[id]!);
    // A composite zero (the tabular one is the default zero placed on another width) follows its parts.
    if (components === null) list[id] = encodeGlyph(plainZeroContours(decodeGlyph(list[id]!), name));
    else if (!components.every((c) => c === zero.id)) throw new Error(`${name}: a composite of glyphs other than the zero`);
  }
  font = setGlyphs(font, list);
  font = renameStrings(font, (nameId, old) => (nameId === 5 ? `${old}; ${VERSION_NOTE}` : nameId === 3 ? `${old};${VERSION_NOTE.replaceAll(' ', '-')}` : old));
  return writeFont(font);
}

/** The npm font files and the derived ones the print renderer reads (src/print/assets.ts). */
export const WEIGHTS = [
  { npm: '400Regular/AtkinsonHyperlegible_400Regular.ttf', file: 'AtkinsonHyperlegible-Regular.ttf' },
  { npm: '700Bold/AtkinsonHyperlegible_700Bold.ttf', file: 'AtkinsonHyperlegible-Bold.ttf' },
] as const;

export const FONT_DIR = resolve(process.cwd(), 'src/print/fonts');

export function npmFont(path: string): Uint8Array {
  const require = createRequire(resolve(process.cwd(), 'package.json'));
  return readFileSync(join(dirname(require.resolve('@expo-google-fonts/atkinson-hyperlegible/package.json')), path));
}

if (import.meta.main) {
  mkdirSync(FONT_DIR, { recursive: true });
  for (const { npm, file } of WEIGHTS) {
    const out = plainZeroFont(npmFont(npm));
    writeFileSync(join(FONT_DIR, file), out);
    console.log(`${join('src/print/fonts', file)}: ${out.length} bytes`);
  }
  const licence = npmFont('LICENSE_FONT');
  writeFileSync(join(FONT_DIR, 'OFL.txt'), licence);
}
