/**
 * What a render read, and whether it still holds: the render cache redraws a file exactly when a value it read
 * changed, so these reads must be complete (every way a renderer looks at data) and exact (nothing unread counts).
 */
import { describe, expect, it } from 'vitest';
import { readsHold, Tracker } from '../../src/render/track.ts';

const kit = () => ({
  locale: 'id',
  steps: [
    { order: 1, text: 'Duduk bersandar', illustration: 'posisi' },
    { order: 2, text: 'Pijat punggung', illustration: 'pijat' },
  ],
  ui: { print: { title: 'Pijat oksitosin', sheetFront: 'depan' } },
  references: new Map([
    ['who2023', { title: 'WHO' }],
    ['aba', { title: 'ABA' }],
  ]),
  font: new Uint8Array([1, 2, 3]),
});

/** Reads of a renderer `look` at a fresh kit, wrapped as the cache wraps it. */
function readsOf(look: (input: ReturnType<typeof kit>) => unknown) {
  const tracker = new Tracker();
  look(tracker.wrap(kit()));
  return tracker.reads;
}

describe('a render’s reads', () => {
  it('hold while what was read is the same, in a new object', () => {
    const reads = readsOf((k) => k.steps[1]!.text);
    expect(readsHold(kit(), reads)).toBe(true);
  });

  it('break when a value that was read changes, and not when another does', () => {
    const reads = readsOf((k) => k.steps[1]!.text);
    const other = kit();
    other.steps[0]!.text = 'Berbaring miring';
    other.ui.print.title = 'Lain';
    expect(readsHold(other, reads), 'unread values changed').toBe(true);
    const changed = kit();
    changed.steps[1]!.text = 'Pijat punggung perlahan';
    expect(readsHold(changed, reads)).toBe(false);
  });

  it('follow loops over arrays: a step added or removed is a change', () => {
    const reads = readsOf((k) => k.steps.map((s) => s.order).join());
    const more = kit();
    more.steps.push({ order: 3, text: 'Selesai', illustration: 'selesai' });
    expect(readsHold(more, reads)).toBe(false);
    const fewer = kit();
    fewer.steps.pop();
    expect(readsHold(fewer, reads)).toBe(false);
    const renamed = kit();
    renamed.steps[0]!.text = 'other text, never read';
    expect(readsHold(renamed, reads)).toBe(true);
  });

  it('follow Object.keys and entries: a new key is a change', () => {
    const reads = readsOf((k) => Object.entries(k.ui.print).length);
    const more = kit() as ReturnType<typeof kit> & { ui: { print: Record<string, string> } };
    more.ui.print.extra = 'x';
    expect(readsHold(more, reads)).toBe(false);
  });

  it('follow a Map’s get, has and iteration', () => {
    const one = readsOf((k) => k.references.get('aba')?.title);
    const changed = kit();
    changed.references.set('aba', { title: 'Australian Breastfeeding Association' });
    expect(readsHold(changed, one)).toBe(false);
    const other = kit();
    other.references.set('who2023', { title: 'World Health Organization' });
    expect(readsHold(other, one), 'another entry changed').toBe(true);

    const all = readsOf((k) => [...k.references.keys()].join());
    const added = kit();
    added.references.set('new', { title: 'New' });
    expect(readsHold(added, all)).toBe(false);
    const has = readsOf((k) => k.references.has('gone'));
    const nowHas = kit();
    nowHas.references.set('gone', { title: 'Back' });
    expect(readsHold(nowHas, has)).toBe(false);
  });

  it('compare bytes by their digest', () => {
    const reads = readsOf((k) => k.font.byteLength);
    expect(readsHold(kit(), reads)).toBe(true);
    const changed = kit();
    changed.font = new Uint8Array([1, 2, 4]);
    expect(readsHold(changed, reads)).toBe(false);
  });

  it('break when a path no longer leads anywhere', () => {
    const reads = readsOf((k) => k.ui.print.title);
    const flat = { ...kit(), ui: 'not an object' };
    expect(readsHold(flat, reads)).toBe(false);
  });

  it('refuse data the cache cannot compare, naming where it is', () => {
    class Font {
      name = 'x';
    }
    const tracker = new Tracker();
    const input = tracker.wrap({ assets: { font: new Font() } });
    expect(() => input.assets.font).toThrow(/Font at \.assets\.font.*plain data/);
  });

  it('refuse a render that writes to its input', () => {
    const tracker = new Tracker();
    const input = tracker.wrap(kit());
    expect(() => {
      input.ui.print.title = 'changed';
    }).toThrow(/must not change what they are given/);
  });
});
