/**
 * Where renders are kept: on disk for a build (`.build/cache/` by default, kept between builds and by a CI cache
 * step), in memory otherwise (`npm run dev`, tests), so a file asked for twice in one process is drawn once.
 *
 * A render is stored as an entry, named by a digest of what it is (its kind and key, the renderer's code, the
 * release), holding the reads it made (track.ts) and the digest of its output, which is kept once as a blob.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Read } from './track.ts';

export interface Entry {
  reads: Read[];
  /** sha256 of the output blob, base64url. */
  output: string;
  /** How the blob reads back: raw bytes, or JSON (bytes inside it as base64). */
  type: 'bytes' | 'json';
  /** Entries of the renders drawn inside this one (a booklet inside the imposed booklet): kept while it is. */
  uses?: string[];
}

export interface Store {
  entry(id: string): Entry | undefined;
  blob(digest: string): Uint8Array | undefined;
  put(id: string, entry: Entry, blob: Uint8Array): void;
  /** Marks entries as used by this build, so pruning keeps them though nothing asked for them directly. */
  keep(ids: string[]): void;
}

export const blobDigest = (blob: Uint8Array): string => createHash('sha256').update(blob).digest('base64url');

/** The last renders of this process; enough for every file of two languages, as the in-memory memo kept before. */
export class MemoryStore implements Store {
  readonly #entries = new Map<string, Entry>();
  readonly #blobs = new Map<string, Uint8Array>();
  readonly limit: number;
  constructor(limit = 256) {
    this.limit = limit;
  }

  entry(id: string): Entry | undefined {
    return this.#entries.get(id);
  }
  blob(digest: string): Uint8Array | undefined {
    return this.#blobs.get(digest);
  }
  keep(): void {}
  put(id: string, entry: Entry, blob: Uint8Array): void {
    this.#entries.delete(id);
    this.#entries.set(id, entry);
    this.#blobs.set(entry.output, blob);
    while (this.#entries.size > this.limit) this.#entries.delete(this.#entries.keys().next().value!);
    if (this.#blobs.size > this.limit * 2) {
      const kept = new Set([...this.#entries.values()].map((e) => e.output));
      for (const digest of this.#blobs.keys()) if (!kept.has(digest)) this.#blobs.delete(digest);
    }
  }
}

/**
 * Files under `dir`: entries/<id>.json and blobs/<digest>. Written to a temporary name and renamed, so a build
 * stopped half-way, or two workers writing the same render, never leave a torn file; a file that does not parse
 * is a miss, not an error.
 */
export class DiskStore implements Store {
  readonly dir: string;
  constructor(dir: string) {
    this.dir = dir;
    mkdirSync(join(dir, 'entries'), { recursive: true });
    mkdirSync(join(dir, 'blobs'), { recursive: true });
  }

  entry(id: string): Entry | undefined {
    const file = join(this.dir, 'entries', `${id}.json`);
    try {
      const entry = JSON.parse(readFileSync(file, 'utf8')) as Entry;
      if (!Array.isArray(entry.reads) || typeof entry.output !== 'string') return undefined;
      this.keep([id]);
      return entry;
    } catch {
      return undefined;
    }
  }

  blob(digest: string): Uint8Array | undefined {
    try {
      const blob = readFileSync(join(this.dir, 'blobs', digest));
      return blobDigest(blob) === digest ? new Uint8Array(blob.buffer, blob.byteOffset, blob.byteLength) : undefined;
    } catch {
      return undefined;
    }
  }

  /** Marked as used by touching: pruning keeps what this build asked for. */
  keep(ids: string[]): void {
    const now = new Date();
    for (const id of ids) {
      try {
        utimesSync(join(this.dir, 'entries', `${id}.json`), now, now);
      } catch {
        // gone already: the next build that needs it draws it
      }
    }
  }

  put(id: string, entry: Entry, blob: Uint8Array): void {
    const blobFile = join(this.dir, 'blobs', entry.output);
    if (!existsSync(blobFile)) writeAtomically(blobFile, blob);
    writeAtomically(join(this.dir, 'entries', `${id}.json`), JSON.stringify(entry));
  }
}

let temporaryNames = 0;

function writeAtomically(file: string, data: Uint8Array | string): void {
  const temporary = `${file}.${process.pid}-${process.hrtime.bigint()}-${temporaryNames++}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, file);
}

/**
 * Keeps the cache one build's size: entries this build did not use (read or written since `since`, a time in ms)
 * go, then every blob no entry names (an edited page's previous output, a torn temporary file). Returns what is
 * left. Switching back to an older commit draws its files again, once.
 */
export function pruneCache(dir: string, since: number): { entries: number; bytes: number } {
  if (!existsSync(dir)) return { entries: 0, bytes: 0 };
  const kept = new Set<string>();
  let entries = 0;
  let bytes = 0;
  for (const name of readdirSync(join(dir, 'entries'))) {
    const file = join(dir, 'entries', name);
    const stat = statSync(file);
    const entry = name.endsWith('.json') && stat.mtimeMs >= since ? readEntry(file) : undefined;
    if (!entry) {
      rmSync(file, { force: true });
      continue;
    }
    kept.add(entry.output);
    entries++;
    bytes += stat.size;
  }
  for (const name of readdirSync(join(dir, 'blobs'))) {
    const file = join(dir, 'blobs', name);
    if (kept.has(name)) bytes += statSync(file).size;
    else rmSync(file, { force: true });
  }
  return { entries, bytes };
}

function readEntry(file: string): Entry | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Entry;
  } catch {
    return undefined;
  }
}
