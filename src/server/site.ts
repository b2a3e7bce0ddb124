// The built page (web/dist) held in memory: every file is read once at start-up into a map keyed by URL path, so a
// request path is only ever a key to look up, never a path handed to the file system.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

export interface SiteFile {
  body: Uint8Array;
  type: string;
}

export type Site = ReadonlyMap<string, SiteFile>;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** The files under `dir` by URL path ("/index.html", "/assets/index-abc.js"); an empty map when `dir` is missing. */
export function loadSite(dir: string, maxFiles = 500): Site {
  const files = new Map<string, SiteFile>();
  const walk = (folder: string, prefix: string): void => {
    let names: string[];
    try {
      names = readdirSync(folder).sort();
    } catch {
      return;
    }
    for (const name of names) {
      if (name.startsWith('.') || files.size >= maxFiles) continue;
      const path = join(folder, name);
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path, `${prefix}${name}/`);
      else if (stat.isFile()) files.set(`${prefix}${name}`, { body: readFileSync(path), type: TYPES[extname(name)] ?? 'application/octet-stream' });
    }
  };
  walk(dir, '/');
  return files;
}
