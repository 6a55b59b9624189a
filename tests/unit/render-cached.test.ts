/**
 * cached() on disk, as a build uses it: a render is drawn once, served from the store while what it read is the
 * same, drawn again when it changed, and a render inside another makes the outer one go stale with it.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { cached, remembered, renderCounts } from '../../src/render/cached.ts';
import { pruneCache } from '../../src/render/store.ts';

const dir = mkdtempSync(join(tmpdir(), 'lancar-render-cache-'));
const previous = process.env.LANCAR_RENDER_CACHE;
process.env.LANCAR_RENDER_CACHE = dir;
afterAll(() => {
  if (previous === undefined) delete process.env.LANCAR_RENDER_CACHE;
  else process.env.LANCAR_RENDER_CACHE = previous;
  rmSync(dir, { recursive: true, force: true });
});

const drawn = (kind: string) => renderCounts().rendered[kind] ?? 0;
let runs = 0;
beforeEach(() => {
  runs++;
});

type Page = { title: string; body: string; other: string };
const card = (kind: string, page: Page) => cached(kind, 'card', { page }, async (input) => new TextEncoder().encode(`${input.page.title}|${input.page.body}`));

describe('cached renders', () => {
  it('draws once, then serves an equal input from the store, byte for byte', async () => {
    const kind = `card-${runs}`;
    const first = await card(kind, { title: 'ASI', body: 'a', other: 'x' });
    const again = await card(kind, { title: 'ASI', body: 'a', other: 'changed, never read' });
    expect(drawn(kind)).toBe(1);
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
    const edited = await card(kind, { title: 'ASI', body: 'b', other: 'x' });
    expect(drawn(kind)).toBe(2);
    expect(new TextDecoder().decode(edited)).toBe('ASI|b');
  });

  it('keeps objects with bytes inside as they were returned', async () => {
    const kind = `thumb-${runs}`;
    const render = () => cached(kind, 1, { n: 3 }, async (input) => ({ pages: input.n, webp: new Uint8Array([9, 8, 7]) }));
    const fresh = await render();
    const stored = await render();
    expect(drawn(kind)).toBe(1);
    expect(stored).toEqual(fresh);
    expect(stored.webp).toBeInstanceOf(Uint8Array);
  });

  it('draws again when the stored output is torn or missing', async () => {
    const kind = `torn-${runs}`;
    await card(kind, { title: 'T', body: 'b', other: '' });
    for (const blob of readdirSync(join(dir, 'blobs'))) writeFileSync(join(dir, 'blobs', blob), 'torn');
    const again = await card(kind, { title: 'T', body: 'b', other: '' });
    expect(drawn(kind)).toBe(2);
    expect(new TextDecoder().decode(again)).toBe('T|b');
  });

  it('makes a render stale when a render inside it read something that changed', async () => {
    const outer = `outer-${runs}`;
    const inner = `inner-${runs}`;
    // The outer render reads only the title itself; the inner one (a booklet inside the imposed booklet) the body.
    const imposed = (page: Page) =>
      cached(outer, 'imposed', { page }, async (input) => {
        const booklet = await cached(inner, 'booklet', { page: input.page }, async (i) => i.page.body.toUpperCase());
        return new TextEncoder().encode(`${input.page.title}:${booklet}`);
      });
    await imposed({ title: 'A', body: 'one', other: '' });
    await imposed({ title: 'A', body: 'one', other: '' });
    expect([drawn(outer), drawn(inner)]).toEqual([1, 1]);
    const after = await imposed({ title: 'A', body: 'two', other: '' });
    expect([drawn(outer), drawn(inner)]).toEqual([2, 2]);
    expect(new TextDecoder().decode(after)).toBe('A:TWO');
  });

  it('makes a render stale through a remembered in-between result, too', async () => {
    const outer = `laid-${runs}`;
    let layouts = 0;
    const flipchart = (page: Page, paper: string) =>
      cached(outer, paper, { page }, async (input) => {
        const laid = await remembered(`layout-${runs}`, 'x', { page: input.page }, async (i) => {
          layouts++;
          return [i.page.body];
        });
        return new TextEncoder().encode(`${paper}:${laid.join()}`);
      });
    await flipchart({ title: '', body: 'one', other: '' }, 'a4');
    await flipchart({ title: '', body: 'one', other: '' }, 'a3');
    expect(layouts, 'two papers share one layout').toBe(1);
    await flipchart({ title: '', body: 'two', other: '' }, 'a3');
    expect(drawn(outer)).toBe(3);
    expect(layouts).toBe(2);
  });

  it('prunes what a build did not use', async () => {
    const kind = `prune-${runs}`;
    await card(kind, { title: 'old', body: '', other: '' });
    const since = Date.now() + 60_000;
    const { entries } = pruneCache(dir, since);
    expect(entries).toBe(0);
    expect(readdirSync(join(dir, 'blobs'))).toEqual([]);
  });
});
