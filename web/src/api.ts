// Talking to `dyad serve`: JSON in and out, the bearer token when the server asks for one, and errors as the
// server's own one-line message.
import type { ArticleRecord } from '../../src/article.js';

export class AuthNeeded extends Error {
  override name = 'AuthNeeded';
}

let askForToken: () => void = () => {};

/** What to do when the server answers 401 (the shell shows the token form). */
export function onAuthNeeded(handler: () => void): void {
  askForToken = handler;
}

const TOKEN_KEY = 'dyad-token';

export function setToken(token: string): void {
  sessionStorage.setItem(TOKEN_KEY, token);
}

export async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) headers.set('authorization', `Bearer ${token}`);
  const res = await fetch(path, { ...init, headers });
  if (res.status === 401) {
    askForToken();
    throw new AuthNeeded('dyad: this server needs a token: enter it above');
  }
  const body = (await res.json().catch(() => null)) as (T & { error?: string }) | null;
  if (!res.ok || body === null) throw new Error(body?.error ?? `dyad: the server answered ${res.status}`);
  return body;
}

export interface ErrorRecord {
  schema: 'dyad.error/1';
  error: string;
  inputId?: string;
}

export interface Extracted {
  records: (ArticleRecord | ErrorRecord)[];
  stored?: { id: string; status: 'new' | 'duplicate'; article: number }[];
  cameo: Record<string, string>;
}

export interface Stats {
  corpus: boolean;
  articles?: number;
  quotes?: number;
  events?: number;
}

export interface List<T> {
  total: number;
  limit: number;
  offset: number;
  items: T[];
}

/** An analyzed article the page holds: its record, the CAMEO names of its events, and whether the corpus has it. */
export interface Held {
  record: ArticleRecord;
  cameo: Record<string, string>;
  stored: boolean;
}

const held = new Map<string, Held>();

export function hold(entry: Held): void {
  held.set(entry.record.id, entry);
}

/** The article from this page's memory, else from the corpus. */
export async function article(id: string): Promise<Held> {
  const known = held.get(id);
  if (known) return known;
  const view = await api<{ record: ArticleRecord; cameo: Record<string, string> }>(`/articles/${encodeURIComponent(id)}`);
  const entry = { record: view.record, cameo: view.cameo, stored: true };
  held.set(id, entry);
  return entry;
}

let stats: Promise<Stats> | null = null;

/** Whether the server has a corpus open (asked once; a failure means no). */
export function corpusStats(refresh = false): Promise<Stats> {
  if (!stats || refresh) stats = api<Stats>('/stats').catch((e: unknown) => (e instanceof AuthNeeded ? Promise.reject(e) : { corpus: false }));
  return stats;
}

export type { ArticleRecord };
