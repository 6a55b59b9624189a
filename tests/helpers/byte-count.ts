/**
 * A loopback proxy in front of the test server that counts what the browser receives, whoever asked for it: the
 * page, its images and scripts, and the service worker's own fetches (which a page's network events never show).
 * It reads the HTTP/1.1 responses as they pass: the body as sent (compressed, as the server compresses it), the
 * status line, and each header field in full the first time it is seen during the visit, one byte after that — as
 * HTTP/2 and 3 (which Netlify and Cloudflare serve) send a field already sent on the connection as an index of about
 * a byte (the site-wide security headers of _headers would otherwise count again on every response).
 */
import { connect, createServer, type Server } from 'node:net';

export interface Received {
  path: string;
  status: number;
  bytes: number;
}

export interface ByteCounter {
  origin: string;
  /** Every response received since the last reset, in order of arrival. */
  received(): Received[];
  total(): number;
  reset(): void;
  close(): Promise<void>;
}

export async function countBytes(upstreamOrigin: string): Promise<ByteCounter> {
  const upstream = new URL(upstreamOrigin);
  let responses: Received[] = [];
  let seen = new Set<string>();
  const sockets = new Set<{ destroy(): void }>();
  const server: Server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    const paths: string[] = [];
    const up = connect(Number(upstream.port), upstream.hostname);
    let ask = '';
    client.on('data', (chunk) => {
      // Request lines, in order, so each response is named by its path (HTTP/1.1 answers in order).
      ask += chunk.toString('latin1');
      for (let end = ask.indexOf('\r\n\r\n'); end >= 0; end = ask.indexOf('\r\n\r\n')) {
        paths.push(ask.slice(0, end).split(' ')[1] ?? '?');
        ask = ask.slice(end + 4);
      }
      up.write(chunk);
    });
    let pending = Buffer.alloc(0);
    let body = 0;
    up.on('data', (chunk: Buffer) => {
      client.write(chunk);
      pending = Buffer.concat([pending, chunk]);
      while (pending.length > 0) {
        if (body > 0) {
          const take = Math.min(body, pending.length);
          body -= take;
          pending = pending.subarray(take);
          continue;
        }
        const end = pending.indexOf('\r\n\r\n');
        if (end < 0) break;
        const [statusLine = '', ...fields] = pending.subarray(0, end).toString('latin1').split('\r\n');
        const status = Number(statusLine.split(' ')[1]);
        let bytes = statusLine.length + 2;
        let length = 0;
        for (const field of fields) {
          bytes += seen.has(field) ? 1 : field.length + 2;
          seen.add(field);
          const [name, value] = [field.slice(0, field.indexOf(':')).toLowerCase(), field.slice(field.indexOf(':') + 1).trim()];
          if (name === 'content-length') length = Number(value);
        }
        if (status === 304 || status === 204) length = 0;
        responses.push({ path: paths.shift() ?? '?', status, bytes: bytes + length });
        body = length;
        pending = pending.subarray(end + 4);
      }
    });
    up.on('end', () => client.end());
    client.on('end', () => up.end());
    up.on('error', () => client.destroy());
    client.on('error', () => up.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    received: () => [...responses],
    total: () => responses.reduce((sum, r) => sum + r.bytes, 0),
    reset: () => {
      responses = [];
      seen = new Set();
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
