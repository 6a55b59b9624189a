/**
 * `npm run bench -- --scale[=1,10,30]`: the build at N times the content. For each factor, a throwaway copy of the
 * project with every page copied N−1 times (./multiply-content.ts), built four times with `node scripts/build.ts`
 * as an author would: clean (no dist/, .build/ or Astro cache), again with no change, after a one-line edit of a
 * page's text, and after a one-line edit of a massage step's text. Each run's wall time, phases (the build's
 * "Phases:" line), renders ("Renders:", when the build prints it), pages and PDFs, and the size of dist/; with
 * --first-search, the first search's bytes and time to results on the last build's dist/.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { multiplyPages, type PageText } from './multiply-content.ts';
import { copyProject } from './project-copy.ts';
import { walk } from './output.ts';
import type { FirstSearchCost } from './bench-first-search.ts';

export const DEFAULT_FACTORS = [1, 10, 30];

/** `--scale` → the default factors, `--scale=1,10` → those; no `--scale` → undefined. */
export function scaleFactors(args: readonly string[]): number[] | undefined {
  const arg = args.find((a) => a === '--scale' || a.startsWith('--scale='));
  if (arg === undefined) return undefined;
  if (arg === '--scale') return DEFAULT_FACTORS;
  const factors = arg
    .slice('--scale='.length)
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean)
    .map(Number);
  if (factors.length === 0 || factors.some((f) => !Number.isInteger(f) || f < 1)) {
    throw new Error(`${arg}: give whole factors of 1 or more, like --scale=1,10,30`);
  }
  return factors;
}

/** What one build printed: seconds per phase, renders, pages and PDFs. */
export interface BuildReport {
  /** In the order printed: [name, seconds]. */
  phases: [string, number][];
  renders?: { rendered: number; cached: number };
  pages?: number;
  pdfs?: number;
  /** The build's own total ("Done in 41.2 s"). */
  seconds?: number;
}

/** Reads the build's last lines; any phase names, any order. */
export function parseBuildOutput(out: string): BuildReport {
  const report: BuildReport = { phases: [] };
  const phases = /^Phases:(.*)$/m.exec(out);
  if (phases) {
    for (const part of phases[1]!.split(',')) {
      const m = /^\s*(.+?)\s+([\d.]+)\s*s\s*$/.exec(part);
      if (m) report.phases.push([m[1]!, Number(m[2])]);
    }
  }
  const renders = /^Renders:.*?(\d+) rendered.*?(\d+) from cache/m.exec(out);
  if (renders) report.renders = { rendered: Number(renders[1]), cached: Number(renders[2]) };
  const done = /^Done in ([\d.]+) s\b.*?holds (\d+) pages and (\d+) PDFs/m.exec(out);
  if (done) Object.assign(report, { seconds: Number(done[1]), pages: Number(done[2]), pdfs: Number(done[3]) });
  return report;
}

/** Every page of every language in `dir`/content, multiplied `factor` times in place; returns the number of copies. */
export function multiplyContent(dir: string, factor: number): number {
  const content = join(dir, 'content');
  const pages: PageText[] = walk(content)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({ path: relative(content, f), text: readFileSync(f, 'utf8') }));
  const copies = multiplyPages(pages, factor);
  for (const copy of copies) writeFileSync(join(content, copy.path), copy.text);
  return copies.length;
}

/** One line of a file changed: the first line `pick` accepts gets `change`d. */
function editLine(file: string, pick: (line: string) => boolean, change: (line: string) => string): void {
  const lines = readFileSync(file, 'utf8').split('\n');
  const at = lines.findIndex(pick);
  if (at < 0) throw new Error(`${file}: no line to edit`);
  lines[at] = change(lines[at]!);
  writeFileSync(file, lines.join('\n'));
}

/** The first paragraph of a page's body (after its frontmatter): a word in front. */
export function editPage(dir: string): string {
  const file = 'content/id/cara-asi-keluar.mdx';
  let dashes = 0;
  editLine(
    join(dir, file),
    (line) => {
      if (line === '---') dashes++;
      return dashes >= 2 && /^[A-Z]/.test(line);
    },
    (line) => `Ya. ${line}`,
  );
  return file;
}

/** A line of a massage step's web text (content/id/steps/03.yaml, `text: |`): a word in front. */
export function editStep(dir: string): string {
  const file = 'content/id/steps/03.yaml';
  let inText = false;
  editLine(
    join(dir, file),
    (line) => {
      if (line.startsWith('text:')) inText = true;
      else if (/^\S/.test(line)) inText = false;
      return inText && /^ {2}[A-Z]/.test(line);
    },
    (line) => line.replace(/^ {2}/, '  Ya. '),
  );
  return file;
}

export interface Run {
  name: string;
  wall: number;
  report: BuildReport;
  distBytes: number;
}

export class BuildFailed extends Error {
  readonly run: string;
  readonly factor: number;
  readonly output: string;
  constructor(run: string, factor: number, output: string) {
    super(`${run} at ${factor}× failed`);
    this.run = run;
    this.factor = factor;
    this.output = output;
  }
}

/** `node scripts/build.ts` in `dir`, without CI (new URLs go into the copy's own list) or debug output. */
function build(dir: string, name: string, factor: number): Run {
  const env = { ...process.env };
  delete env.CI;
  delete env.LANCAR_DEBUG;
  const start = performance.now();
  const run = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: dir, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const wall = (performance.now() - start) / 1000;
  const out = `${run.stdout ?? ''}\n${run.stderr ?? ''}${run.error ? `\n${run.error.message}` : ''}`;
  if (run.status !== 0) throw new BuildFailed(name, factor, out);
  const distBytes = walk(join(dir, 'dist')).reduce((n, f) => n + statSync(f).size, 0);
  return { name, wall, report: parseBuildOutput(run.stdout), distBytes };
}

export interface FactorResult {
  factor: number;
  runs: Run[];
  /** The first search's bytes and time to results (tests' Chromium, slow 4G, 4× CPU), when asked for. */
  firstSearch?: FirstSearchCost;
}

export const RUN_NAMES = ['clean', 'no change', 'page edit', 'step edit'] as const;

/** The four builds at one factor, in a copy removed afterwards (also when a build fails). */
export async function benchFactor(
  root: string,
  factor: number,
  options: { firstSearch?: (dist: string) => Promise<FirstSearchCost>; say?: (line: string) => void } = {},
): Promise<FactorResult> {
  const say = options.say ?? ((line: string) => console.log(line));
  const dir = copyProject(root, 'lancar-scale-');
  try {
    const copies = multiplyContent(dir, factor);
    say(`${factor}×: copy in ${dir}, ${copies} pages added`);
    const runs: Run[] = [];
    const step = (name: string) => {
      const run = build(dir, name, factor);
      say(`  ${name}: ${run.wall.toFixed(1)} s`);
      runs.push(run);
    };
    for (const cache of ['dist', '.build', 'node_modules/.astro']) rmSync(join(dir, cache), { recursive: true, force: true });
    step(RUN_NAMES[0]);
    step(RUN_NAMES[1]);
    say(`  (edited ${editPage(dir)})`);
    step(RUN_NAMES[2]);
    say(`  (edited ${editStep(dir)})`);
    step(RUN_NAMES[3]);
    let firstSearch: FirstSearchCost | undefined;
    try {
      firstSearch = await options.firstSearch?.(join(dir, 'dist'));
      if (firstSearch) say(`  first search: ${kb(firstSearch.bytes)}, results at ${ms(firstSearch.firstResult)}`);
    } catch (error) {
      // The builds were measured; a browser that does not start costs only this column.
      say(`  first search not measured: ${error instanceof Error ? error.message : String(error)}`);
    }
    return { factor, runs, ...(firstSearch === undefined ? {} : { firstSearch }) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const s = (n: number | undefined) => (n === undefined ? '–' : `${n.toFixed(1)} s`);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes: number | undefined) => (bytes === undefined ? '–' : `${(bytes / 1024).toFixed(1)} KB`);
const ms = (n: number | undefined) => (n === undefined ? '–' : `${(n / 1000).toFixed(2)} s`);

/** A markdown table. */
export function markdownTable(head: string[], rows: string[][]): string[] {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

/** One factor's runs: wall time, each phase, renders, pages and PDFs, dist/ size. */
export function factorTable(result: FactorResult): string[] {
  const phaseNames = [...new Set(result.runs.flatMap((r) => r.report.phases.map(([name]) => name)))];
  const hasRenders = result.runs.some((r) => r.report.renders);
  const head = ['run', 'wall', ...phaseNames, ...(hasRenders ? ['renders (new/cached)'] : []), 'pages/PDFs', 'dist'];
  const rows = result.runs.map((run) => {
    const phases = new Map(run.report.phases);
    const renders = run.report.renders;
    return [
      run.name,
      s(run.wall),
      ...phaseNames.map((name) => s(phases.get(name))),
      ...(hasRenders ? [renders ? `${renders.rendered}/${renders.cached}` : '–'] : []),
      `${run.report.pages ?? '?'}/${run.report.pdfs ?? '?'}`,
      mb(run.distBytes),
    ];
  });
  return markdownTable(head, rows);
}

/** Every factor on one line each: the four wall times, what was built, and its size. */
export function summaryTable(results: FactorResult[]): string[] {
  const rows = results.map((r) => {
    const wall = (name: string) => s(r.runs.find((run) => run.name === name)?.wall);
    const last = r.runs.at(-1);
    return [
      `${r.factor}×`,
      `${last?.report.pages ?? '?'}/${last?.report.pdfs ?? '?'}`,
      ...RUN_NAMES.map(wall),
      last ? mb(last.distBytes) : '–',
      kb(r.firstSearch?.bytes),
      ms(r.firstSearch?.firstResult),
    ];
  });
  return markdownTable(['factor', 'pages/PDFs', ...RUN_NAMES, 'dist size', 'first search', 'first results'], rows);
}

/** The whole `--scale` bench; returns the exit code. A failed build prints its output's tail, not a stack trace. */
export async function benchScale(root: string, factors: number[], firstSearch?: (dist: string) => Promise<FirstSearchCost>): Promise<number> {
  const results: FactorResult[] = [];
  console.log(`Build at ${factors.map((f) => `${f}×`).join(', ')} the content: clean, no change, a page edited, a step edited.\n`);
  try {
    for (const factor of factors) {
      const result = await benchFactor(root, factor, firstSearch ? { firstSearch } : {});
      results.push(result);
      console.log(`\n### ${factor}×\n`);
      for (const line of factorTable(result)) console.log(line);
      console.log('');
    }
  } catch (error) {
    if (!(error instanceof BuildFailed)) throw error;
    const tail = error.output.trimEnd().split('\n').slice(-40);
    console.log(`\nThe ${error.run} build at ${error.factor}× failed; the last lines of its output:\n`);
    for (const line of tail) console.log(`  ${line}`);
    return 1;
  }
  console.log('### Summary\n');
  for (const line of summaryTable(results)) console.log(line);
  console.log(
    `\nWall: seconds of \`node scripts/build.ts\` in the copy. dist: bytes of every file in dist/. first search: ${
      firstSearch
        ? 'bytes fetched by the larger of the two first searches, and the later of their first results, from navigation start (slow 4G, 4× CPU, median of 3; targets ≤ 100 KB, ≤ 2 s)'
        : 'not measured (add --first-search; needs Chromium)'
    }.`,
  );
  return 0;
}
