// Languages of the workbench: English, French and Arabic (right to left).
// Messages are looked up by id; {name} placeholders are filled in; numbers
// and dates are formatted with the browser's Intl for the chosen locale.
// The choice is kept per user (in this browser) and applied to <html lang dir>.
import { writable, get } from 'svelte/store';
import { en } from './messages/en';
import { fr } from './messages/fr';
import { ar } from './messages/ar';

export type Lang = 'en' | 'fr' | 'ar';
export const languages: { code: Lang; name: string }[] = [
  { code: 'en', name: 'English' },
  { code: 'fr', name: 'Français' },
  { code: 'ar', name: 'العربية' },
];
const catalogues: Record<Lang, Record<string, string>> = { en, fr, ar };

// One language's own messages, without the English fallback.
export function catalogue(l: Lang): Record<string, string> {
  return catalogues[l];
}

function initial(): Lang {
  const saved = localStorage.getItem('custos.lang');
  if (saved === 'en' || saved === 'fr' || saved === 'ar') return saved;
  const nav = (navigator.language || 'en').slice(0, 2);
  return nav === 'fr' || nav === 'ar' ? nav : 'en';
}

export const lang = writable<Lang>(initial());

lang.subscribe((l) => {
  document.documentElement.lang = l;
  document.documentElement.dir = l === 'ar' ? 'rtl' : 'ltr';
});

// The user's own choice, remembered under their name.
export function setLang(l: Lang, username?: string) {
  lang.set(l);
  localStorage.setItem('custos.lang', l);
  if (username) localStorage.setItem('custos.lang.' + username, l);
}

export function restoreUserLang(username: string) {
  const saved = localStorage.getItem('custos.lang.' + username);
  if (saved === 'en' || saved === 'fr' || saved === 'ar') setLang(saved);
}

export function translate(l: Lang, id: string, vars: Record<string, string | number> = {}): string {
  const msg = catalogues[l][id] ?? en[id] ?? id;
  return msg.replace(/\{(\w+)\}/g, (_, k) => {
    const v = vars[k];
    if (v === undefined) return '{' + k + '}';
    return typeof v === 'number' ? fmtNumber(l, v) : v;
  });
}

const locales: Record<Lang, string> = { en: 'en-GB', fr: 'fr-FR', ar: 'ar' };

export function fmtNumber(l: Lang, n: number, digits = 2): string {
  return new Intl.NumberFormat(locales[l], { maximumFractionDigits: digits }).format(n);
}

export function fmtDate(l: Lang, iso: string): string {
  if (!iso) return '';
  const d = new Date(iso.length === 10 ? iso + 'T00:00:00Z' : iso);
  if (isNaN(d.getTime())) return iso;
  const opts: Intl.DateTimeFormatOptions =
    iso.length === 10
      ? { dateStyle: 'medium', timeZone: 'UTC' }
      : { dateStyle: 'medium', timeStyle: 'short' };
  return new Intl.DateTimeFormat(locales[l], opts).format(d);
}

export function current(): Lang {
  return get(lang);
}

import { derived } from 'svelte/store';
// In components: {$t('targets.title')} or {$t('x', { n: 3 })}.
export const t = derived(lang, (l) => (id: string, vars?: Record<string, string | number>) => translate(l, id, vars));
export const num = derived(lang, (l) => (n: number, digits = 2) => fmtNumber(l, n, digits));
export const date = derived(lang, (l) => (iso: string) => fmtDate(l, iso));
