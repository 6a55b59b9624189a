/**
 * `cached(kind, key, input, render)`: a render's output, drawn once and then kept until something it read changes.
 *
 * An output is found by a digest of what it is (kind and key, e.g. "print" and the PDF's file name), the renderer's
 * code and the release it is dated by; it is used only if every value the render read from `input` last time
 * (track.ts) is the same today. Otherwise it is drawn again, with its input wrapped to note what it reads, and
 * stored. A render inside a render (a booklet inside the imposed booklet) adds its reads to the outer one's, so
 * the outer output goes stale with it.
 *
 * The store is the folder named by LANCAR_RENDER_CACHE (a build sets it), else this process's memory.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { readRelease } from '../cite/release.ts';
import { blobDigest, DiskStore, type Entry, MemoryStore, type Store } from './store.ts';
import { answerNow, describeValue, originOf, readsHold, Tracker, type Origin, type Read, type Segment } from './track.ts';

/** How many outputs this process drew and took from the cache, by kind (`npm run build` prints the sums). */
export interface RenderCounts {
  rendered: Record<string, number>;
  fromCache: Record<string, number>;
}

// On globalThis: Astro's bundle and the build script load this module separately in one process.
const COUNTS = Symbol.for('lancar.render-counts');
type WithCounts = typeof globalThis & { [COUNTS]?: RenderCounts };

export function renderCounts(): RenderCounts {
  const holder = globalThis as WithCounts;
  holder[COUNTS] ??= { rendered: {}, fromCache: {} };
  return holder[COUNTS];
}

/** `a` + `b`, kind by kind (the pool adds up its workers, the build its pool and Astro). */
export function addCounts(a: RenderCounts, b: RenderCounts): RenderCounts {
  const sum = (x: Record<string, number>, y: Record<string, number>) => {
    const out = { ...x };
    for (const [kind, n] of Object.entries(y)) out[kind] = (out[kind] ?? 0) + n;
    return out;
  };
  return { rendered: sum(a.rendered, b.rendered), fromCache: sum(a.fromCache, b.fromCache) };
}

/** What this process counted since `before` (a structuredClone of renderCounts() taken earlier). */
export function countsSince(before: RenderCounts): RenderCounts {
  const since = (now: Record<string, number>, then: Record<string, number>) =>
    Object.fromEntries(Object.entries(now).map(([kind, n]) => [kind, n - (then[kind] ?? 0)]));
  const now = renderCounts();
  return { rendered: since(now.rendered, before.rendered), fromCache: since(now.fromCache, before.fromCache) };
}

/** All kinds together. */
export const totalOf = (counts: Record<string, number>): number => Object.values(counts).reduce((a, b) => a + b, 0);

const count = (which: keyof RenderCounts, kind: string) => {
  const counts = renderCounts()[which];
  counts[kind] = (counts[kind] ?? 0) + 1;
};

/** Where every drawn file's code starts: outputs.ts imports each renderer, and they import the rest. */
const RENDER_ENTRY = 'src/render/outputs.ts';

let version: string | undefined;

/**
 * What every output depends on besides its input: the renderers' code (every file outputs.ts reaches through its
 * imports, so a page, a component or the content door's code redraws nothing), the locked library versions,
 * Node's, and the release day and version every PDF is dated and labelled with. Fonts and drawings are input.
 */
export function renderVersion(root = process.cwd()): string {
  if (version) return version;
  const hash = createHash('sha256').update(process.version);
  for (const file of renderCode(join(root, RENDER_ENTRY))) hash.update(`\0${relative(root, file)}\0`).update(readFileSync(file));
  const lock = join(root, 'package-lock.json');
  if (existsSync(lock)) hash.update(readFileSync(lock));
  const release = readRelease(root);
  hash.update(`\0${release.version}\0${release.day}`);
  version = hash.digest('base64url');
  return version;
}

/** The file and every .ts file it imports, directly or not (static, re-exported or dynamic), sorted. */
export function renderCode(entry: string): string[] {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const target = resolve(dirname(file), specifier!);
      if (target.endsWith('.ts') && existsSync(target)) queue.push(target);
    }
  }
  return [...seen].sort();
}

let memory: MemoryStore | undefined;
const disks = new Map<string, DiskStore>();

function currentStore(): Store {
  const dir = process.env.LANCAR_RENDER_CACHE;
  if (!dir) {
    memory ??= new MemoryStore();
    return memory;
  }
  let disk = disks.get(dir);
  if (!disk) {
    disk = new DiskStore(dir);
    disks.set(dir, disk);
  }
  return disk;
}

/** Thrown instead of drawing while probing (probe()): the output is not in the store. */
export class NotCached extends Error {}

let probing = false;

/**
 * Runs `ask` with drawing turned off: true if every output it asked for came from the store, false at the first
 * one that would have to be drawn. The build asks each group of files first in its own thread, and starts
 * workers only for the groups that need drawing (none on a rebuild with nothing changed).
 */
export async function probe(ask: () => Promise<unknown>): Promise<boolean> {
  probing = true;
  try {
    await ask();
    return true;
  } catch (error) {
    if (error instanceof NotCached) return false;
    throw error;
  } finally {
    probing = false;
  }
}

/** Renders of this process under way, by id: the PDF endpoint and the print page asking at once draw it once. */
const underway = new Map<string, Promise<{ entry: Entry; blob: Uint8Array }>>();

type Input = Record<string, unknown>;

export async function cached<I extends Input, T>(kind: string, key: unknown, input: I, render: (input: I) => Promise<T>): Promise<T> {
  // A wrapped value from an outer render is read through its plain original; its reads go to the outer tracker.
  const { outer, raw } = unwrap(input);
  const id = createHash('sha256')
    .update(JSON.stringify([kind, key]))
    .update(renderVersion())
    .digest('base64url');
  const store = currentStore();

  let found = await underway.get(id);
  if (!found || !readsHold(raw, found.entry.reads)) {
    const entry = store.entry(id);
    const blob = entry && readsHold(raw, entry.reads) ? store.blob(entry.output) : undefined;
    if (entry && !blob && process.env.LANCAR_DEBUG_CACHE) explainMiss(kind, key, raw, entry.reads);
    if (entry && blob) {
      found = { entry, blob };
      if (entry.uses) store.keep(entry.uses);
      count('fromCache', kind);
    } else {
      if (probing) throw new NotCached(kind);
      const drawing = draw(kind, raw, render);
      // LANCAR_RENDER_LOG names a file that gets a line per file drawn (tests see which outputs an edit redraws).
      if (process.env.LANCAR_RENDER_LOG) appendFileSync(process.env.LANCAR_RENDER_LOG, `${JSON.stringify([kind, key])}\n`);
      underway.set(id, drawing);
      try {
        found = await drawing;
      } finally {
        underway.delete(id);
      }
      store.put(id, found.entry, found.blob);
    }
  }
  for (const [name, origin] of outer) {
    addReads(origin, name, found.entry.reads);
    origin.tracker.uses.add(id);
  }
  return decode(found.entry, found.blob) as T;
}

/** Values worked out this process (not stored: a layout is objects, not a file), by id, with the reads they made. */
interface Remembered {
  /** Known once worked out; until then the entry serves only callers with the very same input objects. */
  reads?: Read[];
  raw: Input;
  value: Promise<unknown>;
}
const remembers = new Map<string, Remembered[]>();
const REMEMBERED_PER_ID = 4;

const sameParts = (a: Input, b: Input) => Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([name, value]) => b[name] === value);

/**
 * `remembered(kind, key, input, compute)`: an in-between result shared by several renders of one process, such
 * as the flipchart layout its four files are drawn from. Like cached(), it is reused only while what it read is
 * unchanged, and whoever reuses it inherits those reads, so a render built on it goes stale with it.
 */
export async function remembered<I extends Input, T>(kind: string, key: unknown, input: I, compute: (input: I) => Promise<T>): Promise<T> {
  const { outer, raw } = unwrap(input);
  const id = JSON.stringify([kind, key]);
  const kept = remembers.get(id) ?? [];
  let found = kept.find((r) => (r.reads ? readsHold(raw, r.reads) : sameParts(r.raw, raw)));
  if (!found) {
    const tracker = new Tracker();
    noteInput(tracker, raw);
    const entry: Remembered = { raw, value: Promise.resolve() };
    entry.value = compute(wrapAll(tracker, raw) as I).then(
      (value) => {
        entry.reads = tracker.reads;
        return value;
      },
      (error: unknown) => {
        remembers.set(
          id,
          (remembers.get(id) ?? []).filter((r) => r !== entry),
        );
        throw error;
      },
    );
    remembers.set(id, [entry, ...kept].slice(0, REMEMBERED_PER_ID));
    found = entry;
  }
  const value = (await found.value) as T;
  for (const [name, origin] of outer) addReads(origin, name, found.reads!);
  return value;
}

function unwrap(input: Input): { outer: [name: string, origin: Origin][]; raw: Input } {
  const outer: [name: string, origin: Origin][] = [];
  const raw: Input = {};
  for (const [name, value] of Object.entries(input)) {
    const origin = originOf(value);
    if (origin) outer.push([name, origin]);
    raw[name] = origin ? origin.raw : value;
  }
  return { outer, raw };
}

/** Each part of an input is itself a read (a PDF's bytes, a string): a changed part is a changed input. */
function noteInput(tracker: Tracker, raw: Input): void {
  for (const [name, value] of Object.entries(raw))
    tracker.note(
      'value',
      [`.${name}`],
      describeValue(value, () => name),
    );
}

const wrapAll = (tracker: Tracker, raw: Input): Input =>
  Object.fromEntries(Object.entries(raw).map(([name, value]) => [name, tracker.wrap(value, [`.${name}`])]));

/** LANCAR_DEBUG_CACHE=1: why a stored render was not used (the first read whose answer changed). */
function explainMiss(kind: string, key: unknown, raw: Input, reads: Read[]): void {
  const changed = reads.find((read) => answerNow(raw, read) !== read[2]);
  const cut = (text: string) => (text.length > 120 ? `${text.slice(0, 120)}…` : text);
  const why = changed ? `${changed[0]} of ${changed[1].join('')} was ${cut(changed[2])}, now ${cut(answerNow(raw, changed))}` : 'its output is missing';
  process.stderr.write(`render cache: ${kind} ${JSON.stringify(key)} drawn again: ${why}\n`);
}

async function draw<I extends Input, T>(kind: string, raw: Input, render: (input: I) => Promise<T>): Promise<{ entry: Entry; blob: Uint8Array }> {
  const tracker = new Tracker();
  noteInput(tracker, raw);
  const output = await render(wrapAll(tracker, raw) as I);
  count('rendered', kind);
  const { type, blob } = encode(output);
  const uses = tracker.uses.size > 0 ? { uses: [...tracker.uses] } : {};
  return { entry: { reads: tracker.reads, output: blobDigest(blob), type, ...uses }, blob };
}

/** An inner render's reads of `name`, as reads of the outer input at the path the wrapped value came from. */
function addReads({ tracker, path }: Origin, name: string, reads: Read[]): void {
  for (const [question, readPath, answer] of reads) {
    if (readPath[0] === `.${name}`) tracker.note(question, [...path, ...(readPath.slice(1) as Segment[])], answer);
  }
}

const BYTES = '$bytes';

function encode(output: unknown): { type: Entry['type']; blob: Uint8Array } {
  if (output instanceof Uint8Array) return { type: 'bytes', blob: output };
  // The holder's own value, not `value`: a Buffer would already have become {type, data} through its toJSON.
  const json = JSON.stringify(output, function (this: Record<string, unknown>, key: string, value: unknown) {
    const own = this[key];
    return own instanceof Uint8Array ? { [BYTES]: Buffer.from(own.buffer, own.byteOffset, own.byteLength).toString('base64') } : value;
  });
  return { type: 'json', blob: new TextEncoder().encode(json) };
}

/** The output as the render returned it, from its stored form: a hit and a fresh render give the same value. */
function decode(entry: Entry, blob: Uint8Array): unknown {
  if (entry.type === 'bytes') return blob;
  return JSON.parse(new TextDecoder().decode(blob), (_key, value: unknown) => {
    if (value && typeof value === 'object' && BYTES in value) return new Uint8Array(Buffer.from((value as Record<string, string>)[BYTES]!, 'base64'));
    return value;
  });
}
