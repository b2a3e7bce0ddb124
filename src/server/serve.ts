// Puts the app on a socket. Loopback needs nothing; any other address needs a token (every API request then carries
// it as a bearer header). Slow clients are cut off: the headers within headersTimeout, the whole request within
// requestTimeout. Failures to start come back as values with one line starting "dyad:".
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve as listen } from '@hono/node-server';
import { dyadError, type DyadError } from '../index.js';
import { createApp, type AppOptions } from './app.js';

export interface ServeOptions extends AppOptions {
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** ms for the whole request (headers and body) to arrive. */
  requestTimeout?: number;
  /** ms for the headers to arrive. */
  headersTimeout?: number;
}

export interface RunningServer {
  url: string;
  host: string;
  port: number;
  close(): Promise<void>;
}

export const DEFAULT_PORT = 8080;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
export const DEFAULT_HEADERS_TIMEOUT_MS = 10_000;

/** 127.0.0.0/8, ::1 and localhost: addresses only this machine can reach. */
export function isLoopback(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[|\]$/g, '');
  if (h === 'localhost' || h === '::1' || h === '0:0:0:0:0:0:0:1') return true;
  const v4 = h.startsWith('::ffff:') ? h.slice(7) : h;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

export async function serve(options: ServeOptions = {}): Promise<{ ok: true; server: RunningServer } | { ok: false; error: DyadError }> {
  const host = options.host ?? DEFAULT_HOST;
  const port = options.port ?? DEFAULT_PORT;
  if (!isLoopback(host) && !options.token) {
    return {
      ok: false,
      error: dyadError('usage', `dyad: listening on ${host} (not loopback) needs a token: give --token T or set DYAD_TOKEN`),
    };
  }
  const app = createApp(options);
  const requestTimeout = options.requestTimeout ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const headersTimeout = Math.min(options.headersTimeout ?? DEFAULT_HEADERS_TIMEOUT_MS, requestTimeout);
  return new Promise((resolve) => {
    const server = listen({
      fetch: app.fetch,
      hostname: host,
      port,
      // Node checks the two timeouts every connectionsCheckingInterval (30 s by default): check often enough to matter.
      serverOptions: { requestTimeout, headersTimeout, keepAliveTimeout: 5_000, connectionsCheckingInterval: Math.min(1_000, headersTimeout) },
    }) as Server;
    const failed = (e: NodeJS.ErrnoException) => {
      const reason = e.code === 'EADDRINUSE' ? `port ${port} is in use (choose another with --port)` : e.code === 'EACCES' ? `no permission to listen on port ${port}` : e.message;
      resolve({ ok: false, error: dyadError('usage', `dyad: cannot listen on ${host}:${port}: ${reason}`) });
    };
    server.once('error', failed);
    server.once('listening', () => {
      server.off('error', failed);
      const address = server.address() as AddressInfo;
      const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolve({
        ok: true,
        server: {
          url: `http://${shown}:${address.port}`,
          host: address.address,
          port: address.port,
          close: () =>
            new Promise<void>((done) => {
              server.close(() => done());
              server.closeAllConnections();
            }),
        },
      });
    });
  });
}
