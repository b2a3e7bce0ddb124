// A feed server for the tests, on 127.0.0.1 port 0: named routes, a log of the requests it saw, and counters of
// what the endless route managed to write before the client hung up.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after } from 'node:test';

export type Route = (req: http.IncomingMessage, res: http.ServerResponse, server: TestServer) => unknown;

export interface TestServer {
  base: string;
  port: number;
  requests: { path: string; headers: http.IncomingHttpHeaders }[];
  /** Bytes the /endless-style routes wrote, and whether their client went away before the end. */
  written: number;
  clientClosed: boolean;
  routes: Map<string, Route>;
  close(): Promise<void>;
}

export async function startServer(routes: Record<string, Route>): Promise<TestServer> {
  const state: TestServer = {
    base: '',
    port: 0,
    requests: [],
    written: 0,
    clientClosed: false,
    routes: new Map(Object.entries(routes)),
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    state.requests.push({ path, headers: req.headers });
    const route = state.routes.get(path);
    if (!route) {
      res.writeHead(404).end('not here');
      return;
    }
    void route(req, res, state);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.port = (server.address() as AddressInfo).port;
  state.base = `http://127.0.0.1:${state.port}`;
  after(() => state.close());
  return state;
}

/** Writes `total` bytes in 64 KB chunks, waiting for the socket to drain: a well-behaved server of a huge file. */
export function streamBytes(total: number): Route {
  return async (_req, res, server) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    const chunk = Buffer.alloc(64 * 1024, 'a');
    res.on('close', () => {
      if (!res.writableFinished) server.clientClosed = true;
    });
    while (server.written < total && !res.destroyed) {
      server.written += chunk.length;
      if (!res.write(chunk)) {
        await new Promise<void>((resolve) => {
          const done = () => {
            res.off('drain', done).off('close', done);
            resolve();
          };
          res.on('drain', done).on('close', done);
        });
      }
    }
    if (!res.destroyed) res.end();
  };
}
