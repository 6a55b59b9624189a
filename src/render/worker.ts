/**
 * One worker of the pool (pool.ts): reads the content once, then draws each group it is handed into the render
 * cache and says what it drew. A failed task is reported, not thrown: Astro draws that file again and reports
 * its error the way every build error is reported.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadContentFromDisk } from '../content/read-files.ts';
import { renderCounts } from './cached.ts';
import { runTask, type RenderTask } from './tasks.ts';

export interface WorkerSetup {
  root: string;
  site: string;
}

export type WorkerReport = { type: 'ready' } | { type: 'done'; failures: string[] } | { type: 'counts'; counts: ReturnType<typeof renderCounts> };

const { root, site } = workerData as WorkerSetup;
const port = parentPort!;
const content = loadContentFromDisk(root);
const siteUrl = new URL(site);

port.on('message', async (message: RenderTask[] | 'finish') => {
  if (message === 'finish') {
    port.postMessage({ type: 'counts', counts: renderCounts() } satisfies WorkerReport);
    return;
  }
  const failures: string[] = [];
  for (const task of message) {
    try {
      await runTask(task, content, siteUrl);
    } catch (error) {
      failures.push(
        `${task.kind} ${task.locale} ${'name' in task ? task.name : 'slug' in task ? task.slug : task.order}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  port.postMessage({ type: 'done', failures } satisfies WorkerReport);
});
port.postMessage({ type: 'ready' } satisfies WorkerReport);
