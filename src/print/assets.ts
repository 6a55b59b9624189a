/**
 * Reads what the renderer draws with: the print fonts (Atkinson Hyperlegible, made for readers with low vision,
 * SIL Open Font License, from npm) and the step illustrations. Kept apart so the renderer itself stays pure.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { ContentError } from '../content/errors.ts';
import { ILLUSTRATION_DIR } from '../content/layout.ts';
import { drawingProblems } from './svg.ts';

export interface PrintAssets {
  fonts: { regular: Uint8Array; bold: Uint8Array };
  /** SVG source by illustration name. */
  illustrations: Record<string, string>;
}

// Resolved from the project root: this module also runs from Astro's bundled build output.
const require = createRequire(resolve(process.cwd(), 'package.json'));

function fontFile(weight: '400Regular' | '700Bold'): Uint8Array {
  const dir = dirname(require.resolve('@expo-google-fonts/atkinson-hyperlegible/package.json'));
  return readFileSync(join(dir, weight, `AtkinsonHyperlegible_${weight}.ttf`));
}

let cached: PrintAssets | undefined;

export function loadPrintAssets(): PrintAssets {
  cached ??= {
    fonts: { regular: fontFile('400Regular'), bold: fontFile('700Bold') },
    illustrations: readIllustrations(),
  };
  return cached;
}

/** Every drawing, checked: one that print would draw differently from the screen stops the build, named. */
function readIllustrations(): Record<string, string> {
  const files = readdirSync(ILLUSTRATION_DIR).filter((f) => f.endsWith('.svg'));
  const sources = Object.fromEntries(files.map((f) => [f.slice(0, -4), readFileSync(join(ILLUSTRATION_DIR, f), 'utf8')]));
  const problems = Object.entries(sources).flatMap(([name, svg]) =>
    drawingProblems(svg).map((message) => ({ file: `content/illustrations/${name}.svg`, message })),
  );
  if (problems.length > 0) throw new ContentError(problems);
  return sources;
}
