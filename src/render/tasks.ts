/**
 * The drawn files of a build as tasks for the worker pool (pool.ts): what the site's endpoints and pages will ask
 * of outputs.ts, asked beforehand. Tasks come in groups that belong together (a booklet and the files made from
 * it, the four flipcharts sharing one layout), heaviest first, so that two workers split the work evenly.
 */
import type { Content, LocaleContent } from '../content/assemble.ts';
import { pageHref } from '../i18n/urls.ts';
import { printFiles, type DocumentKind, type PrintFile } from '../print/catalog.ts';
import { isFillable } from '../print/fill-manifest.ts';
import { thumbnailFiles } from '../print/print-page.ts';
import { drawingsOf, fillManifestOf, ogImageOutput, printFileOutput, shareImageOutput, slideOutput, thumbnailOf } from './outputs.ts';

export type RenderTask =
  | { kind: 'print'; locale: string; name: string; thumbnail: boolean; fill: boolean }
  | { kind: 'og'; locale: string; slug: string }
  | { kind: 'share'; locale: string; order: number }
  | { kind: 'slide'; locale: string; name: string };

/** Files drawn from one another stay in one group: the imposed and print-shop booklets are made from the booklet. */
const family = (kind: DocumentKind): string => (kind === 'booklet-imposed' ? 'booklet' : kind);

/** Rough cost of a group, heaviest first (measured: a booklet family ~6 s, a flipchart family ~4 s, a card 0.1 s). */
const WEIGHT: Partial<Record<string, number>> = { booklet: 10, flipchart: 8, leaflet: 6 };

export function renderGroups(content: Content): RenderTask[][] {
  const groups: { weight: number; tasks: RenderTask[] }[] = [];
  for (const locale of content.locales) {
    const lc = content.byLocale.get(locale)!;
    const thumbnails = new Set(thumbnailFiles(locale, lc.ui).map((f) => f.name));
    const families = new Map<string, PrintFile[]>();
    for (const file of printFiles(locale, lc.ui)) families.set(family(file.kind), [...(families.get(family(file.kind)) ?? []), file]);
    for (const [name, files] of families) {
      const tasks = files.map((file): RenderTask => ({ kind: 'print', locale, name: file.name, thumbnail: thumbnails.has(file.name), fill: isFillable(file) }));
      groups.push({ weight: WEIGHT[name] ?? 2, tasks });
    }
    for (const page of lc.pages) groups.push({ weight: 1, tasks: [{ kind: 'og', locale, slug: page.data.slug }] });
    for (const step of lc.steps) groups.push({ weight: 1, tasks: [{ kind: 'share', locale, order: step.order }] });
    for (const drawing of drawingsOf(lc)) groups.push({ weight: 1, tasks: [{ kind: 'slide', locale, name: drawing.name }] });
  }
  // A stable sort: equal weights keep the catalog's order, so two builds hand out the same groups in turn.
  return groups.sort((a, b) => b.weight - a.weight).map((g) => g.tasks);
}

/** Draws one task's files into the render cache; the output itself is thrown away (Astro reads it from there). */
export async function runTask(task: RenderTask, content: Content, site: URL): Promise<void> {
  const lc: LocaleContent = content.byLocale.get(task.locale)!;
  switch (task.kind) {
    case 'print': {
      const file = printFiles(task.locale, lc.ui).find((f) => f.name === task.name)!;
      const pdf = await printFileOutput(file, lc, content.references, site);
      if (task.thumbnail) await thumbnailOf(pdf);
      if (task.fill) await fillManifestOf(pdf, file.variant === 'bw' ? 'bw' : 'colour');
      return;
    }
    case 'og':
      await ogImageOutput(lc, lc.pages.find((p) => p.data.slug === task.slug)!);
      return;
    case 'share': {
      const massage = lc.pages.find((p) => p.data.key === 'massage')!;
      await shareImageOutput(lc, lc.steps.find((s) => s.order === task.order)!, pageHref(task.locale, massage.data.slug), site);
      return;
    }
    case 'slide':
      await slideOutput(lc, drawingsOf(lc).find((d) => d.name === task.name)!, site);
      return;
  }
}
