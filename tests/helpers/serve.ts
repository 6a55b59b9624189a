/**
 * A static server for dist/ on a free loopback port, as a real host would serve it: directories → index.html,
 * a folder without its "/" redirected to it, the nearest 404.html up the tree for missing paths, brotli (else gzip) for text, long-lived caching for hashed files and
 * revalidation (ETag → 304) for the rest, and the headers dist/_headers gives each path, as Netlify and Cloudflare Pages
 * apply them (so the browser tests run under the site's own Content Security Policy). Sizes and timings measured through it are what a reader would get.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { dirname, extname, join, normalize, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { headersFor, parseHeaders, type Rule } from '../../src/hosting/headers.ts';
import { DIST } from './paths.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  // Citation files (Cite this page): BibTeX and RIS as reference managers expect them.
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
  '.wasm': 'application/wasm',
  // Pagefind's index, fragments, metadata and wasm: gzip on disk already, unpacked by Pagefind itself.
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/** Worth compressing; images, PDFs and Pagefind's pre-gzipped files are not. */
const TEXT = new Set(['.html', '.css', '.js', '.mjs', '.json', '.bib', '.ris', '.webmanifest', '.xml', '.txt', '.svg', '.wasm']);

/** What both hosts send when no rule of _headers sets Cache-Control: kept, but asked again every time. */
const HOST_DEFAULT_CACHE = 'public, max-age=0, must-revalidate';

interface Entry {
  mtimeMs: number;
  etag: string;
  raw: Buffer;
  br?: Buffer;
  gzip?: Buffer;
}

/** Which encoding the request accepts, brotli first; q=0 refuses one. */
function encoding(request: IncomingMessage): 'br' | 'gzip' | undefined {
  const accepted = new Map<string, number>();
  for (const part of String(request.headers['accept-encoding'] ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  return ok('br') ? 'br' : ok('gzip') ? 'gzip' : undefined;
}

/** The 404.html nearest to a missing file, up the tree to the root's (as Cloudflare Pages looks for it). */
function nearest404(root: string, missing: string): string {
  for (let dir = dirname(missing); !relative(root, dir).startsWith('..'); dir = dirname(dir)) {
    const candidate = join(dir, '404.html');
    if (existsSync(candidate)) return candidate;
    if (dir === root) break;
  }
  return join(root, '404.html');
}

/** Serves `root` (dist/ by default). The API the browser tests use: `{ origin, close }`. */
export async function serveDist(root: string = DIST): Promise<{ origin: string; close: () => Promise<void> }> {
  // Compressed once per file version, as a host with precompressed assets would; brotli at its best level.
  const cache = new Map<string, Entry>();
  const headersFile = join(root, '_headers');
  const rules: Rule[] = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
  function entry(file: string): Entry {
    const { mtimeMs, size } = statSync(file);
    let hit = cache.get(file);
    if (!hit || hit.mtimeMs !== mtimeMs) {
      hit = { mtimeMs, etag: `W/"${size.toString(16)}-${Math.floor(mtimeMs).toString(16)}"`, raw: readFileSync(file) };
      cache.set(file, hit);
    }
    return hit;
  }

  const server: Server = createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    } catch {
      response.writeHead(400).end('bad request');
      return;
    }
    let file = join(root, normalize(pathname).replace(/^(\.\.[/\\])+/, ''));
    // The hosts read these two files; they never serve them.
    if (/^\/_(headers|redirects)$/.test(pathname)) file = join(root, '.missing');
    if (relative(root, file).startsWith('..')) file = root;
    if (existsSync(file) && statSync(file).isDirectory()) {
      // As Netlify and Cloudflare Pages do: a folder asked for without its "/" answers with a redirect to it.
      if (!pathname.endsWith('/')) {
        const query = new URL(request.url ?? '/', 'http://x').search;
        response.writeHead(301, { Location: `${encodeURI(pathname)}/${query}` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = nearest404(root, file);
      if (!existsSync(file)) {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
        return;
      }
    }

    const ext = extname(file);
    const type = TYPES[ext] ?? 'application/octet-stream';
    const found = entry(file);
    const headers: Record<string, string | number> = {
      'Content-Type': type,
      'Cache-Control': HOST_DEFAULT_CACHE,
      ETag: found.etag,
      'X-Content-Type-Options': 'nosniff',
    };
    // Rules match the address asked for (a 404 answer gets the rules of the missing path, as on the hosts).
    for (const [name, value] of headersFor(rules, pathname)) {
      const known = Object.keys(headers).find((k) => k.toLowerCase() === name);
      headers[known ?? name] = value;
    }
    if (status === 404) headers['Cache-Control'] = 'no-cache';
    if (status === 200 && request.headers['if-none-match'] === found.etag) {
      response.writeHead(304, headers).end();
      return;
    }

    let body = found.raw;
    // Never compress what is gzip already (Pagefind's files start with the gzip magic bytes).
    const compressible = TEXT.has(ext) && !(body[0] === 0x1f && body[1] === 0x8b);
    if (compressible) {
      headers.Vary = 'Accept-Encoding';
      const chosen = encoding(request);
      if (chosen === 'br') {
        found.br ??= brotliCompressSync(found.raw, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: found.raw.byteLength },
        });
        body = found.br;
      } else if (chosen === 'gzip') {
        found.gzip ??= gzipSync(found.raw, { level: 9 });
        body = found.gzip;
      }
      if (chosen) headers['Content-Encoding'] = chosen;
    }
    headers['Content-Length'] = body.byteLength;
    response.writeHead(status, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
