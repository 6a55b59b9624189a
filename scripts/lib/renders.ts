/**
 * The build's step "Pictures and PDFs": every drawn file rendered by the worker pool into the render cache before
 * Astro starts (src/render/), and the cache kept to one build's size afterwards.
 *
 * The cache lives in .build/cache/ (or the folder LANCAR_RENDER_CACHE names, e.g. one a CI cache step keeps);
 * `--no-cache` draws everything into a throwaway folder instead, so nothing from an earlier build is used.
 */
import { rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Content } from '../../src/content/assemble.ts';
import type { RenderCounts } from '../../src/render/cached.ts';
import { PLACEHOLDER_SITE } from '../../src/release/release-mode.ts';
import { pruneCache } from '../../src/render/store.ts';

export interface RenderCache {
  dir: string;
  /** After a good build: prunes what no recent build used (or removes the throwaway folder); says what is left. */
  finish(): string | undefined;
}

export function renderCache(root: string, off: boolean): RenderCache {
  const given = process.env.LANCAR_RENDER_CACHE;
  const dir = off ? join(root, '.build', 'cache-off') : given && given !== 'off' ? given : join(root, '.build', 'cache');
  if (off) rmSync(dir, { recursive: true, force: true });
  // A second early: file times and the clock may round differently.
  const started = Date.now() - 1000;
  // Astro's endpoints, in this process, and the workers read the folder from here.
  process.env.LANCAR_RENDER_CACHE = dir;
  return {
    dir,
    finish() {
      if (off) {
        rmSync(dir, { recursive: true, force: true });
        return undefined;
      }
      const { entries, bytes } = pruneCache(dir, started);
      return `${entries} drawn files kept, ${(bytes / 1024 / 1024).toFixed(1)} MB in ${relative(root, dir) || dir}`;
    },
  };
}

export async function drawFiles(content: Content, cache: RenderCache): Promise<{ counts: RenderCounts; lines: string[] }> {
  const { renderGroups, runTask } = await import('../../src/render/tasks.ts');
  const { renderInPool } = await import('../../src/render/pool.ts');
  const { addCounts, countsSince, probe, renderCounts, totalOf } = await import('../../src/render/cached.ts');
  const root = process.cwd();
  const site = process.env.LANCAR_SITE_URL ?? PLACEHOLDER_SITE;
  const siteUrl = new URL(site);
  const groups = renderGroups(content);
  // First, here, which groups are all in the cache: workers start only for the rest (a worker costs a second).
  const before = structuredClone(renderCounts());
  const toDraw = [];
  for (const group of groups) {
    const ready = await probe(async () => {
      for (const task of group) await runTask(task, content, siteUrl);
    }).catch(() => false); // a task that fails here fails again in a worker, or in Astro, which reports it
    if (!ready) toDraw.push(group);
  }
  const probed = countsSince(before);
  // LANCAR_RENDER_WORKERS: how many threads draw (default: one per core).
  const workers = Number(process.env.LANCAR_RENDER_WORKERS) || undefined;
  const pool = toDraw.length > 0 ? await renderInPool(toDraw, { root, site }, workers) : { workers: 0, counts: { rendered: {}, fromCache: {} }, failures: [] };
  const counts = addCounts(probed, pool.counts);
  const lines = [
    `${totalOf(counts.rendered)} drawn, ${totalOf(counts.fromCache)} from the cache (${relative(root, cache.dir) || cache.dir}); ` +
      `${toDraw.length} of ${groups.length} groups drawn by ${pool.workers} workers`,
    ...pool.failures.map((failure) => `left to Astro, which will report it: ${failure}`),
  ];
  return { counts, lines };
}

/**
 * The build's last-but-one line, which `npm run bench` reads: "Renders: 154 rendered, 4 from cache (by kind: print
 * 44, og 38 (Astro: print 1))", what the pool step drew or found and what Astro drew itself afterwards.
 */
export async function rendersLine(drawn: RenderCounts, astro: RenderCounts): Promise<string> {
  const { totalOf } = await import('../../src/render/cached.ts');
  const list = (counts: Record<string, number>) =>
    Object.entries(counts)
      .filter(([, n]) => n > 0)
      .map(([kind, n]) => `${kind} ${n}`)
      .join(', ');
  const byAstro = list(astro.rendered);
  return (
    `Renders: ${totalOf(drawn.rendered) + totalOf(astro.rendered)} rendered, ${totalOf(drawn.fromCache)} from cache ` +
    `(by kind: ${list(drawn.rendered) || 'none'}${byAstro ? ` (Astro: ${byAstro})` : ''})`
  );
}
