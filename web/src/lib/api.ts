// The JSON API of `custos serve` (/api/v1/...). A session cookie carries the
// login; state-changing requests carry the X-CSRF-Token header that login
// (or GET /api/v1/me) handed out. Errors come back as ApiError with the
// server's code, message (in words), and the field at fault.
import { writable } from 'svelte/store';
import { current } from './i18n';
import { errorText } from './errors';

export interface Me {
  username: string;
  role: 'admin' | 'analyst' | 'supervisor' | 'officer' | 'partner' | 'auditor' | 'instructor' | 'trainee';
  administration: string;
  office: string;
  csrf_token?: string;
}

export class ApiError extends Error {
  constructor(
    public status: number,
    public code: string,
    message: string,
    public field: string | null = null,
    public body: any = null,
  ) {
    super(message);
  }
}

export const me = writable<Me | null>(null);
let csrf = '';

async function request<T>(method: string, path: string, body?: unknown, contentType?: string): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  let payload: BodyInit | undefined;
  if (body !== undefined) {
    if (typeof body === 'string' || body instanceof Blob || body instanceof ArrayBuffer) {
      payload = body as BodyInit;
      headers['Content-Type'] = contentType ?? 'text/plain';
    } else {
      payload = JSON.stringify(body);
      headers['Content-Type'] = 'application/json';
    }
  }
  if (method !== 'GET' && csrf) headers['X-CSRF-Token'] = csrf;
  let res: Response;
  try {
    res = await fetch(path, { method, headers, body: payload, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network', 'The server cannot be reached.');
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let json: any = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  if (!res.ok) {
    const e = json?.error;
    if (res.status === 401 && path !== '/api/v1/login') me.set(null);
    const code = e?.code ?? 'http_' + res.status;
    const message = typeof e?.message === 'string' ? errorText(current(), code, e?.field ?? null, e.message, e?.detail_message) : res.statusText;
    throw new ApiError(res.status, code, message, e?.field ?? null, json);
  }
  return json as T;
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown, contentType?: string) => request<T>('POST', path, body, contentType),
  put: <T>(path: string, body?: unknown, contentType?: string) => request<T>('PUT', path, body, contentType),
};

export async function login(username: string, password: string): Promise<Me> {
  const m = await api.post<Me>('/api/v1/login', { username, password });
  csrf = m.csrf_token ?? '';
  localStorage.setItem(SESSION_HINT, '1');
  me.set(m);
  return m;
}

// Whether this browser logged in and did not log out: only then is the
// session cookie (HttpOnly, unreadable here) worth asking the server about;
// otherwise the login page shows at once, with no 401 in the console.
const SESSION_HINT = 'custos.session';

export async function whoami(): Promise<Me | null> {
  if (!localStorage.getItem(SESSION_HINT)) return null;
  try {
    const m = await api.get<Me>('/api/v1/me');
    csrf = m.csrf_token ?? '';
    me.set(m);
    return m;
  } catch {
    localStorage.removeItem(SESSION_HINT);
    me.set(null);
    return null;
  }
}

export async function logout() {
  try {
    await api.post('/api/v1/logout');
  } finally {
    csrf = '';
    localStorage.removeItem(SESSION_HINT);
    me.set(null);
  }
}

export function qs(params: Record<string, string | number | undefined | null>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? '?' + s : '';
}

// Types of the contracts in docs/api.md.
export interface Finding {
  source: string;
  id: string;
  domain: string;
  weight: number;
  reason: string;
  instructions: string;
  evidence: Record<string, unknown>;
}
export interface Target {
  declaration_id: string;
  office: string;
  lane: string;
  score: number;
  date?: string;
  findings: Finding[];
  [k: string]: unknown;
}
