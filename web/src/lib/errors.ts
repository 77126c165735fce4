// Error responses in the user's language, by the server's error `code`
// (src/server/error_catalog.cc, docs/api.md). The server writes each
// message in English from one template per code; the workbench translates
// the codes whose message carries no English words of its own: no detail,
// or a detail that is a number, an error id, a list of methods or a media
// type; and, for any code, a detail that comes with its message
// (`detail_message`, below). The `field` is a JSON field name and is kept as
// it is. English, and every other error, show the server's message exactly.
import { catalogue, type Lang } from './i18n';

// The server's English templates, to read {detail} back out of a message.
const english: Record<string, string> = {
  unauthenticated: 'Log in, or send an API token (Authorization: Bearer TOKEN).',
  invalid_credentials: 'Wrong username or password.',
  length_required: 'Send the body with a Content-Length header; chunked request bodies are refused.',
  too_large: 'The body is larger than this route accepts ({detail} bytes at most).',
  unsupported_media_type: 'This route takes {detail}.',
  method_not_allowed: 'This path does not take that method; it takes {detail}.',
  missing_field: "Field '{field}' is required.",
  throttled: 'Too many failed attempts in a row; try again in {detail} seconds.',
  header_too_large: "The request's header is larger than the server accepts.",
  internal: 'Something went wrong on the server (error id {detail}); it has been logged.',
  unavailable: 'The server is busy; try again shortly.',
  request_timeout: 'The request took too long to arrive.',
  bad_query: "Query parameter '{field}' is not valid: {detail}.",
  forbidden: 'Your role may not do this: {detail}.',
  csrf: 'Refused as a possible cross-site request: {detail}.',
  not_found: 'Not found: {detail}.',
  conflict: 'Already there: {detail}.',
  invalid_value: "Field '{field}' is not valid: {detail}.",
  malformed_json: 'The body is not valid JSON: {detail}.',
  wrong_type: "Field '{field}' must be {detail}.",
  unknown_field: "Unknown field '{field}'{detail}.",
  bad_path: 'The path is not acceptable: {detail}.',
  malformed_body: 'The body cannot be read: {detail}.',
  not_configured: 'The server is not set up for this: {detail}.',
  not_implemented: 'Not implemented: {detail}.',
  exercise_state: 'The exercise does not allow this now: {detail}.',
};
// What a {detail} may be for it to be shown inside a translated sentence.
const plainDetail: Record<string, RegExp> = {
  too_large: /^\d+$/,
  throttled: /^\d+$/,
  internal: /^[\w-]+$/,
  method_not_allowed: /^[A-Z]+(, [A-Z]+)*$/,
  unsupported_media_type: /^[\w.+-]+\/[\w.+-]+( or [\w.+-]+\/[\w.+-]+)*$/,
  unknown_field: /^$/,
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const translatedErrorCodes = Object.keys(english);

// A detail in words comes with its message, `detail_message` `{id, params}`
// (error_catalog.cc, kDetails): the sentence `error.detail.<id>` filled with
// the params (strings) is the detail. A param may be words of its own,
// `{id}` (the sentence `error.detail.<id>`, e.g. a JSON type "a string").
// It is used only when the English sentences, filled the same way, give the
// server's message word for word.
function detailText(l: Lang, code: string, field: string | null, message: string, said: unknown): string | null {
  const d = said && typeof said === 'object' ? (said as { id?: unknown; params?: unknown }) : {};
  if (typeof d.id !== 'string') return null;
  const params = (d.params && typeof d.params === 'object' ? d.params : {}) as Record<string, unknown>;
  const en = catalogue('en');
  const mine = catalogue(l);
  const fill = (tpl: string | undefined, values: Record<string, unknown>, words: Record<string, string>): string | null => {
    if (tpl === undefined) return null;
    let ok = true;
    const out = tpl.replace(/\{(\w+)\}/g, (all, k) => {
      const v = values[k];
      if (typeof v === 'string') return v;
      const id = v && typeof v === 'object' ? (v as { id?: unknown }).id : undefined;
      const w = typeof id === 'string' ? words['error.detail.' + id] : undefined;
      if (w === undefined || w.includes('{')) ok = false;
      return w ?? all;
    });
    return ok ? out : null;
  };
  const enDetail = fill(en['error.detail.' + d.id], params, en);
  const myDetail = fill(mine['error.detail.' + d.id], params, mine);
  if (enDetail === null || myDetail === null) return null;
  const withField = (tpl: string | undefined, detail: string) =>
    tpl === undefined ? null : fill(tpl, { detail, ...(field !== null ? { field } : {}) }, {});
  if (withField(english[code], enDetail) !== message) return null;
  return withField(mine['error.' + code], myDetail);
}

export function errorText(l: Lang, code: string, field: string | null, message: string, said?: unknown): string {
  if (l === 'en') return message;
  const detailed = detailText(l, code, field, message, said);
  if (detailed !== null) return detailed;
  const tpl = english[code];
  const mine = catalogue(l)['error.' + code];
  if (!tpl || !mine) return message;
  // The server's message must be exactly its template, filled.
  const pattern = escape(tpl).replace(/\\\{field\\\}/g, '(?<field>.*?)').replace(/\\\{detail\\\}/g, '(?<detail>.*?)');
  const m = message.match(new RegExp('^' + pattern + '$'));
  if (!m) return message;
  const detail = m.groups?.detail;
  if (detail !== undefined && !plainDetail[code]?.test(detail)) return message;
  const values: Record<string, string | undefined> = { field: m.groups?.field ?? field ?? undefined, detail };
  let ok = true;
  const out = mine.replace(/\{(\w+)\}/g, (all, k) => {
    const v = values[k];
    if (v === undefined) ok = false;
    return v ?? all;
  });
  return ok ? out : message;
}

// A refused record's reason (an import or a form's rejects): by its message
// `{code, params}` when the server gives one (`reject.<code>`), else, and in
// English, the server's reason as written.
export function rejectText(l: Lang, r: { reason: string; message?: { code?: unknown; params?: unknown } }): string {
  const code = r.message?.code;
  if (l === 'en' || typeof code !== 'string') return r.reason;
  const tpl = catalogue(l)['reject.' + code];
  if (!tpl) return r.reason;
  const params = (r.message?.params && typeof r.message.params === 'object' ? r.message.params : {}) as Record<string, unknown>;
  let ok = true;
  const out = tpl.replace(/\{(\w+)\}/g, (all, k) => {
    const v = params[k];
    if (typeof v !== 'string') ok = false;
    return typeof v === 'string' ? v : all;
  });
  return ok ? out : r.reason;
}
