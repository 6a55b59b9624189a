/**
 * `npm run check:astro`: type-checks the .astro files in src/ with the project's own TypeScript 7 `tsc`.
 *
 * Why not `astro check`: @astrojs/check needs TypeScript's JavaScript API, which TypeScript 7 (the native port) does
 * not have. Instead each .astro file is converted to TSX by @astrojs/astro2tsx (the converter Astro's language server
 * uses) into .build/astro-tsx/<same path>.astro.tsx. `rootDirs` lets those files import the real .ts modules, and
 * "./Cite.astro" resolves to Cite.astro.tsx before astro/client's catch-all `*.astro` module, so props are checked
 * across components. tsc's positions are mapped back to the .astro source. Needs .astro/types.d.ts (written by the
 * build or `astro sync`) for `astro:content`.
 */
import { type ConvertToTsxResult, convertToTsx } from '@astrojs/astro2tsx';
import { spawnSync } from 'node:child_process';
import { existsSync, globSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(process.argv[2] ?? process.cwd());
const outDir = '.build/astro-tsx';
const out = join(root, outDir);
const posix = (path: string) => path.split(sep).join('/');
const say = (line: string) => process.stdout.write(`${line}\n`);

if (!existsSync(join(root, '.astro', 'types.d.ts'))) {
  process.stderr.write('.astro/types.d.ts is missing: run the build (or `npx astro sync`) first.\n');
  process.exit(2);
}

/** The .astro source and its TSX, by the TSX file's path relative to root ('/'-separated, as tsc prints it). */
const converted = new Map<string, { source: string; tsx: ConvertToTsxResult }>();
let errors = 0;
rmSync(out, { recursive: true, force: true });
for (const file of globSync('src/**/*.astro', { cwd: root }).map(posix).sort()) {
  const source = readFileSync(join(root, file), 'utf8');
  const tsx = convertToTsx(source, { filename: file });
  for (const d of tsx.diagnostics) {
    const severity = d.severity === 1 ? 'error' : 'warning';
    if (severity === 'error') errors += 1;
    say(`${file}:${lineColumn(source, d.position.start)} - ${severity} ${d.message}`);
  }
  mkdirSync(dirname(join(out, file)), { recursive: true });
  writeFileSync(join(out, `${file}.tsx`), tsx.code);
  converted.set(`${outDir}/${file}.tsx`, { source, tsx });
}

// The language server adds astro's env.d.ts and astro-jsx.d.ts to every project; so does this.
const astro = dirname(fileURLToPath(import.meta.resolve('astro/package.json')));
const tsconfig = {
  extends: '../../tsconfig.json',
  compilerOptions: { rootDirs: ['../..', '.'], noEmit: true },
  exclude: [], // the root tsconfig excludes .build
  include: ['**/*.tsx', '../../.astro/types.d.ts', join(astro, 'env.d.ts'), join(astro, 'astro-jsx.d.ts')],
};
writeFileSync(join(out, 'tsconfig.json'), `${JSON.stringify(tsconfig, null, 2)}\n`);

const tsc = spawnSync(join(root, 'node_modules', '.bin', 'tsc'), ['-p', outDir, '--pretty', 'false'], { cwd: root, encoding: 'utf8' });
if (tsc.error) throw tsc.error;
// "path(line,col): error TS1234: message"; a message's further lines are indented and printed as they are.
const located = /^(.+?)\((\d+),(\d+)\): (error|warning) (TS\d+: .*)$/;
for (const line of `${tsc.stdout}${tsc.stderr}`.split('\n')) {
  const [, path = '', l = '1', c = '1', severity = '', message = ''] = located.exec(line) ?? [];
  if (!severity) {
    if (line.trim()) say(line);
    continue;
  }
  if (severity === 'error') errors += 1;
  const entry = converted.get(posix(path));
  if (!entry) {
    say(`${path}:${l}:${c} - ${severity} ${message}`);
    continue;
  }
  const at = sourceOffset(entry.tsx, offsetOf(entry.tsx.code, Number(l), Number(c)));
  say(`${path.slice(outDir.length + 1, -'.tsx'.length)}:${lineColumn(entry.source, at)} - ${severity} ${message}`);
}
say(`.astro files: ${converted.size} checked, ${errors} error${errors === 1 ? '' : 's'}`);
process.exit(errors > 0 || tsc.status !== 0 ? 1 : 0);

function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let i = 1; i < line; i++) offset = text.indexOf('\n', offset) + 1;
  return offset + column - 1;
}

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${(before.at(-1) ?? '').length + 1}`;
}

/** The source offset of a TSX offset: exact inside a mapped span, else the end of the nearest span before it. */
function sourceOffset(tsx: ConvertToTsxResult, generated: number): number {
  let nearest = 0;
  let nearestStart = -1;
  for (const [gStart, gLength, sStart, sLength] of tsx.mappings) {
    if (generated >= gStart && generated < gStart + Math.max(gLength, 1)) return sStart + Math.min(generated - gStart, sLength);
    if (gStart <= generated && gStart > nearestStart) [nearest, nearestStart] = [sStart + sLength, gStart];
  }
  return nearest;
}
