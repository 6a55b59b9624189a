/**
 * What a render read. A renderer gets its input wrapped so that every value it reads is noted with its path
 * ("content.steps.2.text", "assets.fonts.bold"); a later build compares those values, and only those, to decide
 * whether the stored output still holds. So a step's text change re-renders the files that show the step, and
 * not the answer key that never reads it; nobody has to keep a list of what each document uses.
 *
 * Plain objects, arrays and Maps are followed; strings, numbers, bytes (by digest), dates and URLs are values.
 * Anything else in an input is refused rather than guessed at: a value the cache cannot compare could go stale.
 */
import { createHash } from 'node:crypto';

/** One step of a path: an own property of an object or array, or a key of a Map (kept apart by the prefix). */
export type Segment = `.${string}` | `@${string}`;

/**
 * One read: what kind of question was asked at a path, and its answer. "value" is the value (or, for an object,
 * its kind); "keys" the own keys or Map keys, in order; "has" whether a key is there; "size" a Map's size.
 */
export type Read = [question: 'value' | 'keys' | 'has' | 'size', path: Segment[], answer: string];

/** The answer a path no longer has (a property gone, an object turned into a string): never equal to a record. */
const GONE = '\u0000gone';

const bytesDigests = new WeakMap<Uint8Array, string>();

function bytesDigest(bytes: Uint8Array): string {
  let digest = bytesDigests.get(bytes);
  if (!digest) {
    digest = createHash('sha256').update(bytes).digest('base64url');
    bytesDigests.set(bytes, digest);
  }
  return digest;
}

const isPlainObject = (value: object) => {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

type Container = 'object' | 'array' | 'map';

const containerOf = (value: unknown): Container | undefined => {
  if (typeof value !== 'object' || value === null) return undefined;
  if (Array.isArray(value)) return 'array';
  if (value instanceof Map) return 'map';
  if (isPlainObject(value)) return 'object';
  return undefined;
};

/** How a value is recorded; throws for a value the cache could not compare. */
export function describeValue(value: unknown, where: () => string): string {
  if (value === undefined) return 'undefined';
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'bigint') return `${value}n`;
  const container = containerOf(value);
  if (container) return container;
  if (value instanceof Uint8Array) return `bytes ${bytesDigest(value)}`;
  if (value instanceof Date) return `date ${value.toISOString()}`;
  if (value instanceof URL) return `url ${value.href}`;
  const kind = typeof value === 'object' ? (value.constructor?.name ?? 'object') : typeof value;
  throw new Error(
    `render cache: a render read a ${kind} at ${where()}, which the cache cannot compare between builds; pass plain data (objects, arrays, Maps, strings, numbers, bytes) instead`,
  );
}

const pathText = (path: Segment[]) => path.map((s) => (s.startsWith('.') ? s : `[${s.slice(1)}]`)).join('') || '(input)';

/** A Map's keys as recorded: strings and numbers only, so a record means the same next build. */
function mapKeys(map: Map<unknown, unknown>, path: Segment[]): string[] {
  return [...map.keys()].map((key) => {
    if (typeof key !== 'string' && typeof key !== 'number')
      throw new Error(`render cache: a Map at ${pathText(path)} has a ${typeof key} key; only string and number keys can be compared`);
    return JSON.stringify(key);
  });
}

/** Where a wrapped object came from, so a render inside a render can add its reads to the outer one's. */
export interface Origin {
  raw: object;
  path: Segment[];
  tracker: Tracker;
}
const origins = new WeakMap<object, Origin>();

/** The tracker and path behind a wrapped value; undefined for a value nobody is tracking. */
export const originOf = (value: unknown): Origin | undefined => (typeof value === 'object' && value !== null ? origins.get(value) : undefined);

export class Tracker {
  /** Deduplicated by question and path: the last answer wins (a render's input does not change under it). */
  readonly #reads = new Map<string, Read>();
  /** Ids of cached renders done inside this one (cached.ts keeps their entries while this one's is used). */
  readonly uses = new Set<string>();

  get reads(): Read[] {
    return [...this.#reads.values()];
  }

  note(question: Read[0], path: Segment[], answer: string): void {
    this.#reads.set(`${question} ${JSON.stringify(path)}`, [question, path, answer]);
  }

  /** A value for the renderer: containers wrapped (reads noted below them), everything else as it is. */
  wrap<T>(value: T, path: Segment[] = []): T {
    const container = containerOf(value);
    if (!container) return value;
    const raw = value as object;
    const proxy = container === 'map' ? this.#wrapMap(raw as Map<unknown, unknown>, path) : this.#wrapObject(raw, path);
    origins.set(proxy, { raw, path, tracker: this });
    return proxy as T;
  }

  /** The answer to a read of `key` in `raw`, noted, and the value handed on (wrapped if a container). */
  #child(raw: object, key: string, path: Segment[]): unknown {
    const value = Object.hasOwn(raw, key) ? (raw as Record<string, unknown>)[key] : undefined;
    const childPath: Segment[] = [...path, `.${key}`];
    this.note(
      'value',
      childPath,
      describeValue(value, () => pathText(childPath)),
    );
    return this.wrap(value, childPath);
  }

  #wrapObject(raw: object, path: Segment[]): object {
    return new Proxy(raw, {
      get: (target, key, receiver) => {
        // Symbols and inherited members (array methods, toString) are code, not data: the code digest covers them.
        if (typeof key === 'symbol' || !Object.hasOwn(target, key)) {
          const inherited = Reflect.get(target, key, receiver);
          if (typeof key === 'symbol' || inherited !== undefined) return inherited;
        }
        return this.#child(target, key, path);
      },
      has: (target, key) => {
        const answer = Reflect.has(target, key);
        if (typeof key === 'string') this.note('has', [...path, `.${key}`], String(answer));
        return answer;
      },
      ownKeys: (target) => {
        const keys = Reflect.ownKeys(target);
        this.note('keys', path, JSON.stringify(keys.filter((k) => typeof k === 'string')));
        return keys;
      },
      getOwnPropertyDescriptor: (target, key) => {
        const descriptor = Reflect.getOwnPropertyDescriptor(target, key);
        if (typeof key === 'string') this.note('has', [...path, `.${key}`], String(descriptor !== undefined));
        return descriptor;
      },
      set: () => {
        throw new Error(`render cache: a render wrote to its input at ${pathText(path)}; renders must not change what they are given`);
      },
      deleteProperty: () => {
        throw new Error(`render cache: a render deleted from its input at ${pathText(path)}; renders must not change what they are given`);
      },
    });
  }

  #wrapMap(raw: Map<unknown, unknown>, path: Segment[]): object {
    const entryPath = (key: unknown): Segment[] => [...path, `@${JSON.stringify(key)}`];
    const valueAt = (key: unknown) => {
      const value = raw.get(key);
      const at = entryPath(key);
      this.note(
        'value',
        at,
        describeValue(value, () => pathText(at)),
      );
      return this.wrap(value, at);
    };
    const allKeys = () => {
      this.note('keys', path, JSON.stringify(mapKeys(raw, path)));
      return [...raw.keys()];
    };
    const methods: Record<string | symbol, unknown> = {
      get: valueAt,
      has: (key: unknown) => {
        const answer = raw.has(key);
        this.note('has', entryPath(key), String(answer));
        return answer;
      },
      keys: () => allKeys()[Symbol.iterator](),
      values: () => allKeys().map(valueAt)[Symbol.iterator](),
      entries: () =>
        allKeys()
          .map((key) => [key, valueAt(key)])
          [Symbol.iterator](),
      [Symbol.iterator]: () =>
        allKeys()
          .map((key) => [key, valueAt(key)])
          [Symbol.iterator](),
      forEach: (each: (value: unknown, key: unknown, map: unknown) => void) => {
        for (const key of allKeys()) each(valueAt(key), key, raw);
      },
    };
    return new Proxy(raw, {
      get: (target, key) => {
        if (key === 'size') {
          this.note('size', path, String(target.size));
          return target.size;
        }
        if (key in methods) return methods[key];
        throw new Error(`render cache: a render used Map.${String(key)} at ${pathText(path)}, which the cache does not follow`);
      },
    });
  }
}

/** The answer `read`'s question has in `root` today (GONE where its path no longer leads anywhere). */
export function answerNow(root: unknown, [question, path]: Read): string {
  let value: unknown = root;
  const last = question === 'value' || question === 'has' ? path.length - 1 : path.length;
  for (let i = 0; i < last; i++) {
    value = step(value, path[i]!);
    if (value === GONE) return GONE;
  }
  switch (question) {
    case 'value':
      if (path.length === 0) return describeValue(root, () => '(input)');
      {
        const found = step(value, path[last]!);
        return found === GONE ? GONE : orGone(() => describeValue(found, () => ''));
      }
    case 'has': {
      const segment = path[last]!;
      const container = containerOf(value);
      if (segment.startsWith('@')) return container === 'map' ? String((value as Map<unknown, unknown>).has(JSON.parse(segment.slice(1)))) : GONE;
      return container === 'object' || container === 'array' ? String(Reflect.has(value as object, segment.slice(1))) : GONE;
    }
    case 'keys': {
      const container = containerOf(value);
      if (container === 'map') return orGone(() => JSON.stringify(mapKeys(value as Map<unknown, unknown>, path)));
      if (container) return JSON.stringify(Reflect.ownKeys(value as object).filter((k) => typeof k === 'string'));
      return GONE;
    }
    case 'size':
      return containerOf(value) === 'map' ? String((value as Map<unknown, unknown>).size) : GONE;
  }
}

/** A question the data of today cannot answer (a Map with an object key, a class instance) has no answer: GONE. */
function orGone(answer: () => string): string {
  try {
    return answer();
  } catch {
    return GONE;
  }
}

/** One segment down from `value`, or GONE. A missing own property is undefined, as the render saw it. */
function step(value: unknown, segment: Segment): unknown {
  const container = containerOf(value);
  if (segment.startsWith('@')) return container === 'map' ? (value as Map<unknown, unknown>).get(JSON.parse(segment.slice(1))) : GONE;
  if (container !== 'object' && container !== 'array') return GONE;
  const key = segment.slice(1);
  return Object.hasOwn(value as object, key) ? (value as Record<string, unknown>)[key] : undefined;
}

/** Whether every read of a stored render has the same answer in `root` today. */
export const readsHold = (root: unknown, reads: Read[]): boolean => reads.every((read) => answerNow(root, read) === read[2]);
