/**
 * Both cores busy: the build's drawn files rendered by a pool of worker threads, one per core, before Astro
 * starts; each worker takes the next group as it finishes one. Workers write into the render cache (the folder
 * LANCAR_RENDER_CACHE names), so the pages and endpoints Astro builds afterwards find every file drawn. Output is
 * the same whoever draws it: a render depends only on what it reads (tests/build/render-cache.test.ts).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { addCounts, type RenderCounts } from './cached.ts';
import type { RenderTask } from './tasks.ts';
import type { WorkerReport, WorkerSetup } from './worker.ts';

export interface PoolResult {
  workers: number;
  counts: RenderCounts;
  /** Tasks that failed in a worker ("print id leaflet-…: message"); Astro draws them again and reports. */
  failures: string[];
}

export async function renderInPool(groups: RenderTask[][], setup: WorkerSetup, size = availableParallelism()): Promise<PoolResult> {
  const queue = [...groups];
  const workers = Math.max(1, Math.min(size, queue.length));
  let counts: RenderCounts = { rendered: {}, fromCache: {} };
  const failures: string[] = [];
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: setup });
      const next = () => {
        const group = queue.shift();
        worker.postMessage(group ?? 'finish');
      };
      worker.on('message', (report: WorkerReport) => {
        if (report.type === 'done') failures.push(...report.failures);
        if (report.type === 'counts') {
          counts = addCounts(counts, report.counts);
          void worker.terminate().then(() => resolve());
          return;
        }
        next();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => (code === 0 || code === 1 ? resolve() : reject(new Error(`a render worker stopped with code ${code}`))));
    });
  await Promise.all(Array.from({ length: workers }, runWorker));
  return { workers, counts, failures };
}
