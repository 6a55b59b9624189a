/**
 * `npm test`: every check and test, as CI runs it, with both cores busy. The build runs on one core while the
 * formatter, the linter and the unit tests (which need nothing built) run on the other; then the type checks,
 * which read the types the build wrote; then the tests of dist/, of project copies and in Chromium.
 * Each step's output is printed whole, after it ends, except the build's, which is printed as it goes.
 */
import { spawn } from 'node:child_process';

interface Step {
  name: string;
  command: string[];
}
interface Result extends Step {
  ok: boolean;
  seconds: number;
}

const started = performance.now();
const elapsed = (since: number) => (performance.now() - since) / 1000;
const npx = (...args: string[]) => ['npx', '--no-install', ...args];

/** Runs one step; `live` streams its output, otherwise it is printed in one piece when the step ends. */
function run(step: Step, live = false): Promise<Result> {
  const since = performance.now();
  return new Promise((resolve) => {
    const child = spawn(step.command[0]!, step.command.slice(1), { stdio: live ? 'inherit' : 'pipe', env: { ...process.env, FORCE_COLOR: '1' } });
    const chunks: Buffer[] = [];
    child.stdout?.on('data', (c: Buffer) => chunks.push(c));
    child.stderr?.on('data', (c: Buffer) => chunks.push(c));
    child.on('close', (code) => {
      const result = { ...step, ok: code === 0, seconds: elapsed(since) };
      if (!live) process.stdout.write(`\n── ${step.name} ──\n${Buffer.concat(chunks).toString()}`);
      process.stdout.write(`── ${step.name}: ${result.ok ? 'passed' : 'FAILED'} in ${result.seconds.toFixed(1)} s ──\n`);
      resolve(result);
    });
  });
}

/** Steps one after another, stopping at the first failure. */
async function inOrder(steps: Step[]): Promise<Result[]> {
  const results: Result[] = [];
  for (const step of steps) {
    const result = await run(step);
    results.push(result);
    if (!result.ok) break;
  }
  return results;
}

const results: Result[] = [];
const [build, beside] = await Promise.all([
  run({ name: 'build', command: ['node', 'scripts/build.ts'] }, true),
  inOrder([
    { name: 'format and lint', command: ['npm', 'run', '--silent', 'lint'] },
    // One worker: the build has the other core.
    { name: 'unit tests', command: npx('vitest', 'run', '--project', 'unit', '--maxWorkers=1') },
  ]),
]);
results.push(build, ...beside);
if (build.ok) {
  // Both read .astro/types.d.ts, which the build writes; they share the two cores.
  results.push(
    ...(await Promise.all([
      run({ name: 'types (.ts)', command: npx('tsc', '--noEmit') }),
      run({ name: 'types (.astro)', command: ['node', 'scripts/check-astro.ts'] }),
    ])),
  );
  results.push(
    await run({ name: 'dist, build and browser tests', command: npx('vitest', 'run', '--project', 'dist', '--project', 'build', '--project', 'browser') }),
  );
}

const failed = results.filter((r) => !r.ok).map((r) => r.name);
if (!build.ok) failed.push('(type checks and the dist, build and browser tests did not run: the build failed)');
process.stdout.write(
  `\nnpm test: ${failed.length ? `FAILED: ${failed.join(', ')}` : 'all passed'} in ${elapsed(started).toFixed(0)} s` +
    ` (${results.map((r) => `${r.name} ${r.seconds.toFixed(0)} s`).join(', ')})\n`,
);
process.exitCode = failed.length ? 1 : 0;
