/**
 * Reads what the renderer draws with: the print fonts (Atkinson Hyperlegible, made for readers with low vision,
 * SIL Open Font License, from npm, with a plain zero) and the step illustrations. Kept apart so the renderer itself stays pure.
 */
import { createHash, type Hash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ContentError } from '../content/errors.ts';
import { ILLUSTRATION_DIR } from '../content/layout.ts';
import { drawingProblems } from './svg.ts';

export interface PrintAssets {
  fonts: { regular: Uint8Array; bold: Uint8Array };
  /** SVG source by illustration name. */
  illustrations: Record<string, string>;
}

/**
 * Atkinson Hyperlegible with a plain zero in place of its slashed one, written from the npm font by
 * scripts/fonts/plain-zero.ts and committed. Resolved from the project root: this module also runs from Astro's
 * bundled build output.
 */
export const FONT_FILES = {
  regular: resolve(process.cwd(), 'src/print/fonts/AtkinsonHyperlegible-Regular.ttf'),
  bold: resolve(process.cwd(), 'src/print/fonts/AtkinsonHyperlegible-Bold.ttf'),
} as const;

/** The fonts change only when the script writes them again: read once. */
let fonts: PrintAssets['fonts'] | undefined;
/** By drawings folder: the assets last read from it, and the stamp of its files then. */
const lastRead = new Map<string, { stamp: string; assets: PrintAssets }>();

/**
 * The fonts and the drawings in `dir`. The drawings are read again when a file there was added, removed or changed
 * since the last call, so an edited drawing reaches the next render under `npm run dev`; while nothing changed the
 * same object comes back, and its digest (printAssetsDigest) is computed once.
 */
export function loadPrintAssets(dir: string = ILLUSTRATION_DIR): PrintAssets {
  fonts ??= { regular: readFileSync(FONT_FILES.regular), bold: readFileSync(FONT_FILES.bold) };
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.svg'))
    .sort();
  // Stamped before reading: a file that changes while it is read is read again next time, never missed.
  const stamp = filesStamp(dir, files);
  const last = lastRead.get(dir);
  if (last?.stamp === stamp) return last.assets;
  const assets: PrintAssets = { fonts, illustrations: readIllustrations(dir, files) };
  lastRead.set(dir, { stamp, assets });
  return assets;
}

/** Name, inode, size and modification time of each file: a change to any of them, without reading a byte. */
function filesStamp(dir: string, files: string[]): string {
  return files
    .map((f) => {
      const { ino, size, mtimeNs } = statSync(join(dir, f), { bigint: true });
      return `${f} ${ino} ${size} ${mtimeNs}`;
    })
    .join('\n');
}

/** Every drawing, checked: one that print would draw differently from the screen stops the build, named. */
function readIllustrations(dir: string, files: string[]): Record<string, string> {
  const sources = Object.fromEntries(files.map((f) => [f.slice(0, -4), readFileSync(join(dir, f), 'utf8')]));
  const problems = Object.entries(sources).flatMap(([name, svg]) =>
    drawingProblems(svg).map((message) => ({ file: relative(process.cwd(), join(dir, `${name}.svg`)), message })),
  );
  if (problems.length > 0) throw new ContentError(problems);
  return sources;
}

const digests = new WeakMap<PrintAssets, string>();

/**
 * A digest of everything a render takes from the assets: both fonts' bytes and every drawing's name and SVG. Once per
 * assets object, so the render cache (catalog.ts) pays for it once per change of a drawing, not once per render.
 */
export function printAssetsDigest(assets: PrintAssets): string {
  let digest = digests.get(assets);
  if (digest === undefined) {
    const {
      fonts: { regular, bold },
      illustrations,
      ...rest
    } = assets;
    // A field added to PrintAssets goes into the render, so into the digest: this stops compiling until it does.
    void (rest satisfies Record<string, never>);
    const hash = createHash('sha256');
    feed(hash, regular);
    feed(hash, bold);
    for (const name of Object.keys(illustrations).sort()) {
      feed(hash, name);
      feed(hash, illustrations[name]!);
    }
    digest = hash.digest('hex');
    digests.set(assets, digest);
  }
  return digest;
}

/** Each part with its length first, so no two different lists of parts hash alike. */
function feed(hash: Hash, part: string | Uint8Array): void {
  const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
  hash.update(`${bytes.byteLength}:`).update(bytes);
}
