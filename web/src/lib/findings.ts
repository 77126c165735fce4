// Findings in the user's language. The server writes each finding's reason
// and instructions in English; for the findings whose text the code
// generates (permit checks, indicators, screening, the model's headline) the
// workbench keeps a template per (source, id) in lib/messages/*.ts, under
// `finding.<source>.<id>.reason` / `.instructions`, and fills it with
// parameters read from the finding's evidence (and, for the few values the
// evidence does not carry, from the fixed sentence the server wrote).
// Analysts' own translations (a profile's `reason_fr`, `instructions_ar`...)
// come in the evidence's `translations` object and are shown as written.
// English always shows the server's own text. When a template, a parameter
// or a pattern is missing, the server's English is shown unchanged: a
// translation never invents or drops a fact.
import { derived } from 'svelte/store';
import { lang, catalogue, fmtDate, fmtNumber, type Lang } from './i18n';

export interface TranslatableFinding {
  source: string;
  id: string;
  domain?: string;
  reason: string;
  instructions: string;
  evidence?: Record<string, unknown>;
}

type Part = 'reason' | 'instructions';
type Params = Record<string, string>;
// A template choice: the message id and its parameters, or null (untranslatable).
type Choice = { id: string; params: Params } | null;
interface Spec {
  reason(f: TranslatableFinding, l: Lang): Choice;
  instructions?(f: TranslatableFinding, l: Lang): Choice;
}

const obj = (v: unknown): Record<string, any> => (v && typeof v === 'object' ? (v as Record<string, any>) : {});
const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v !== '' ? v : typeof v === 'number' && isFinite(v) ? String(v) : undefined;
const numOf = (v: unknown): number | undefined => (typeof v === 'number' && isFinite(v) ? v : undefined);

// Numbers as the server rounds them (%.6g, {:.4g}), in the user's locale.
function sig(l: Lang, n: number | undefined, digits = 6): string | undefined {
  if (n === undefined) return undefined;
  return new Intl.NumberFormat(l === 'ar' ? 'ar' : l === 'fr' ? 'fr-FR' : 'en-GB', {
    maximumSignificantDigits: digits,
  }).format(n);
}
const day = (l: Lang, iso: string | undefined) => (iso && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? fmtDate(l, iso) : undefined);
const match = (text: string, re: RegExp) => text.match(re) ?? undefined;

// Every value present, or no choice at all.
function choose(id: string, params: Record<string, string | undefined>): Choice {
  for (const v of Object.values(params)) if (v === undefined) return null;
  return { id, params: params as Params };
}
const fixed = (id: string): ((f: TranslatableFinding, l: Lang) => Choice) => () => ({ id, params: {} });

function permitBase(f: TranslatableFinding) {
  const ev = obj(f.evidence);
  const permit = obj(ev.permit);
  return { ev, permit, document: str(ev.document), unit: typeof permit.unit === 'string' ? permit.unit : undefined };
}
const exporting = (permit: Record<string, any>) => permit.direction === 'export' || permit.direction === 're-export';

const permitClauses: [string, RegExp][] = [
  ['hs', /^HS code (\S+) is not under the permit's (.+)$/],
  ['cas', /^substance CAS (\S+) is not the permit's (.+)$/],
  ['waste', /^waste code (\S+) is not the permit's (.+)$/],
  ['taxon', /^taxon (.+) is not the permit's (.+)$/],
];

const p = (id: string) => 'finding.permit.' + id;
const specs: Record<string, Spec> = {
  'permit:PERMIT_UNKNOWN': {
    reason: (f) => choose(p('PERMIT_UNKNOWN.reason'), { document: permitBase(f).document }),
    instructions: fixed(p('PERMIT_UNKNOWN.instructions')),
  },
  'permit:PERMIT_EXPIRED': {
    reason: (f, l) => {
      const { permit, document } = permitBase(f);
      const m = match(f.reason, /lodged on (\d{4}-\d{2}-\d{2})\./);
      return choose(p('PERMIT_EXPIRED.reason'), { document, valid_to: day(l, permit.valid_to), lodged: day(l, m?.[1]) });
    },
    instructions: fixed(p('PERMIT_EXPIRED.instructions')),
  },
  'permit:PERMIT_NOT_YET_VALID': {
    reason: (f, l) => {
      const { permit, document } = permitBase(f);
      const m = match(f.reason, /lodged on (\d{4}-\d{2}-\d{2})\./);
      return choose(p('PERMIT_NOT_YET_VALID.reason'), {
        document,
        valid_from: day(l, permit.valid_from),
        lodged: day(l, m?.[1]),
      });
    },
    instructions: fixed(p('PERMIT_NOT_YET_VALID.instructions')),
  },
  'permit:PERMIT_GOODS_NOT_COVERED': {
    reason: (f, l) => {
      const { ev, document } = permitBase(f);
      if (!document) return null;
      const sep = ' is not covered by ' + document + ': ';
      const at = f.reason.indexOf(sep);
      if (at < 0 || !f.reason.endsWith('.')) return null;
      const cat = catalogue(l);
      const why: string[] = [];
      for (const clause of f.reason.slice(at + sep.length, -1).split('; ')) {
        const hit = permitClauses.find(([, re]) => re.test(clause));
        const tpl = hit && cat[p('why.' + hit[0])];
        if (!hit || !tpl) return null;
        const m = clause.match(hit[1])!;
        why.push(fill(tpl, { declared: m[1], permitted: m[2] }));
      }
      return choose(p('PERMIT_GOODS_NOT_COVERED.reason'), {
        item: str(ev.item),
        document,
        why: why.join(cat[p('why.separator')] ?? '; '),
      });
    },
    instructions: (f, l) => {
      const { permit } = permitBase(f);
      return choose(p('PERMIT_GOODS_NOT_COVERED.instructions'), {
        description: str(permit.description) ?? catalogue(l)[p('goods_on_permit')],
      });
    },
  },
  'permit:PERMIT_WRONG_HOLDER': {
    reason: (f) => {
      const { permit, document } = permitBase(f);
      const holderId = str(permit.holder_id);
      const holder = holderId && (permit.holder_name ? `${holderId} (${permit.holder_name})` : holderId);
      const m = match(f.reason, /, but the (?:exporter|importer) is (.+)\.$/);
      const dir = exporting(permit) ? 'export' : 'import';
      return choose(p('PERMIT_WRONG_HOLDER.reason.' + dir), { document, holder, party: m?.[1] });
    },
    instructions: fixed(p('PERMIT_WRONG_HOLDER.instructions')),
  },
  'permit:PERMIT_WRONG_COUNTRY': {
    reason: (f) => {
      const { permit, document } = permitBase(f);
      const m = match(f.reason, / is (\S+)\.$/);
      const dir = exporting(permit) ? 'export' : 'import';
      return choose(p('PERMIT_WRONG_COUNTRY.reason.' + dir), {
        document,
        permitted: str(permit.counterpart_country),
        declared: m?.[1],
      });
    },
    instructions: fixed(p('PERMIT_WRONG_COUNTRY.instructions')),
  },
  'permit:PERMIT_SHIPMENTS_EXHAUSTED': {
    reason: (f, l) => {
      const { permit, document } = permitBase(f);
      const m = match(f.reason, /; (\d+) declaration\(s\) lodged before/);
      return choose(p('PERMIT_SHIPMENTS_EXHAUSTED.reason'), {
        document,
        shipments: sig(l, numOf(permit.shipments)),
        used: m && sig(l, Number(m[1])),
      });
    },
    instructions: fixed(p('PERMIT_SHIPMENTS_EXHAUSTED.instructions')),
  },
  'permit:PERMIT_OVER_BALANCE': {
    reason: (f, l) => {
      const { ev, permit, document, unit } = permitBase(f);
      return choose(p('PERMIT_OVER_BALANCE.reason'), {
        document,
        remaining: sig(l, numOf(ev.remaining_before)),
        quantity: sig(l, numOf(permit.quantity)),
        drawn: sig(l, numOf(ev.drawn)),
        unit,
      });
    },
    instructions: fixed(p('PERMIT_OVER_BALANCE.instructions')),
  },
  'permit:PERMIT_QUOTA_EXCEEDED': {
    reason: (f, l) => {
      const { ev, permit, document, unit } = permitBase(f);
      const m = match(f.reason, /quota for (\d{4}) is /);
      return choose(p('PERMIT_QUOTA_EXCEEDED.reason'), {
        document,
        year: m?.[1],
        quantity: sig(l, numOf(permit.quantity)),
        before: sig(l, numOf(ev.drawn_before)),
        drawn: sig(l, numOf(ev.drawn)),
        unit,
      });
    },
    instructions: fixed(p('PERMIT_QUOTA_EXCEEDED.instructions')),
  },
  'permit:PERMIT_QUANTITY_UNKNOWN': {
    reason: (f) => {
      const { document, unit } = permitBase(f);
      return choose(p('PERMIT_QUANTITY_UNKNOWN.reason'), {
        document,
        unit,
      });
    },
    instructions: fixed(p('PERMIT_QUANTITY_UNKNOWN.instructions')),
  },
  'permit:PERMIT_COVERED': {
    reason: (f, l) => {
      const { ev, permit, document, unit } = permitBase(f);
      const m = match(f.reason, /: valid on (\d{4}-\d{2}-\d{2}),/);
      const lodged = day(l, m?.[1]);
      if (numOf(permit.quantity) === undefined) return choose(p('PERMIT_COVERED.reason'), { document, lodged });
      const drawn = numOf(ev.drawn);
      const after = numOf(ev.remaining_after);
      return choose(p('PERMIT_COVERED.reason.quantity'), {
        document,
        lodged,
        drawn: sig(l, drawn),
        remaining: drawn !== undefined && after !== undefined ? sig(l, after + drawn) : undefined,
        unit,
      });
    },
    instructions: fixed(p('PERMIT_COVERED.instructions')),
  },
};

const ind = (id: string) => 'finding.indicator.' + id;
specs['indicator:FIRST_TIME_TRADER'] = {
  reason: (f, l) => {
    const ev = obj(f.evidence);
    return choose(ind('FIRST_TIME_TRADER.reason'), {
      trader: str(obj(ev.fields).trader),
      n: sig(l, numOf(obj(ev.reference).declarations_in_history), 21),
    });
  },
  instructions: fixed(ind('FIRST_TIME_TRADER.instructions')),
};
specs['indicator:FIRST_TIME_TRADER_CHAPTER'] = {
  reason: (f) => {
    const fields = obj(obj(f.evidence).fields);
    const hs = str(fields.hs);
    return choose(ind('FIRST_TIME_TRADER_CHAPTER.reason'), {
      trader: str(fields.trader),
      chapter: hs && hs.length >= 2 ? hs.slice(0, 2) : undefined,
    });
  },
  instructions: fixed(ind('FIRST_TIME_TRADER_CHAPTER.instructions')),
};
specs['indicator:NEW_ROUTE'] = {
  reason: (f, l) => {
    const ev = obj(f.evidence);
    const m = match(f.reason, /^HS (\d+) has been declared \d+ times, never (to|from) /);
    return choose(ind('NEW_ROUTE.reason.' + (m?.[2] ?? 'to')), {
      hs: m?.[1],
      n: sig(l, numOf(obj(ev.reference).hs6_declarations), 21),
      country: str(obj(ev.fields).country),
    });
  },
  instructions: fixed(ind('NEW_ROUTE.instructions')),
};
for (const id of ['UNDERVALUATION', 'OVERVALUATION']) {
  specs['indicator:' + id] = {
    reason: (f, l) => {
      const ev = obj(f.evidence);
      const fields = obj(ev.fields);
      const ref = obj(ev.reference);
      // The currency is in the sentence only: "Declared value 1.234 EUR/kg for HS 610910".
      const m = match(f.reason, /^Declared value \S+( [^/\s]+)?\/kg for HS (\d+)/);
      const cur = m?.[1] ?? '';
      const origin = str(fields.origin);
      const value = sig(l, numOf(fields.unit_value_per_kg), 4);
      const median = sig(l, numOf(ref.median_unit_value_per_kg), 4);
      return choose(ind(id + '.reason' + (origin ? '.origin' : '')), {
        value: value && value + cur,
        median: median && median + cur,
        hs: m?.[2],
        n: sig(l, numOf(ref.observations), 21),
        ...(origin ? { origin } : {}),
      });
    },
    instructions: fixed(ind(id + '.instructions')),
  };
}
specs['indicator:MASS_QUANTITY_MISMATCH'] = {
  reason: (f, l) => {
    const ev = obj(f.evidence);
    const fields = obj(ev.fields);
    const ref = obj(ev.reference);
    const mass = numOf(fields.net_mass_kg);
    const qty = numOf(fields.quantity);
    const hs = str(fields.hs);
    return choose(ind('MASS_QUANTITY_MISMATCH.reason'), {
      kg: mass !== undefined && qty ? sig(l, mass / qty, 4) : undefined,
      median: sig(l, numOf(ref.median_kg_per_unit), 4),
      hs: hs && hs.length >= 6 ? hs.slice(0, 6) : undefined,
      n: sig(l, numOf(ref.observations), 21),
    });
  },
  instructions: fixed(ind('MASS_QUANTITY_MISMATCH.instructions')),
};
// Screening: the headline of the match (the full explanation stays in the evidence).
specs['screening:*'] = {
  reason: (f, l) => {
    const ev = obj(f.evidence);
    const role = str(ev.party_role);
    const two = (v: unknown) =>
      numOf(v) === undefined
        ? undefined
        : new Intl.NumberFormat(l === 'ar' ? 'ar' : 'fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
            v as number,
          );
    return choose('finding.screening.reason', {
      party_role: role && catalogue(l)['finding.party.' + role],
      party: str(ev.party_name),
      list: str(ev.list),
      entry: str(ev.entry_id),
      entry_name: str(ev.entry_name),
      score: two(ev.score),
      threshold: two(ev.threshold),
    });
  },
  instructions: (f) =>
    f.instructions.startsWith('Hold release.')
      ? { id: 'finding.screening.instructions.sanctions', params: {} }
      : { id: 'finding.screening.instructions', params: {} },
};
// The model: its headline; the drivers' words are the model's own feature names.
specs['model:*'] = {
  reason: (f, l) => {
    const ev = obj(f.evidence);
    const score = numOf(ev.score);
    const base = {
      model: f.id,
      percent: score === undefined ? undefined : fmtNumber(l, Math.round(100 * score), 0),
    };
    // A score too low to be explained at all (evidence "explained": false).
    if (ev.explained === false) return choose('finding.model.reason.unexplained', base);
    if (ev.worded === false) return choose('finding.model.reason.figures', base);
    const drivers = Array.isArray(ev.drivers) ? ev.drivers.map(obj) : [];
    if (drivers.length === 0) return choose('finding.model.reason.none', base);
    const sign = new Intl.NumberFormat(l === 'ar' ? 'ar' : 'fr-FR', {
      signDisplay: 'always',
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    const parts = drivers.map((d) =>
      typeof d.words === 'string' && numOf(d.contribution) !== undefined
        ? `${d.words} (${sign.format(d.contribution)})`
        : undefined,
    );
    if (parts.some((x) => x === undefined)) return null;
    return choose('finding.model.reason', { ...base, drivers: parts.join(l === 'ar' ? '؛ ' : ' ; ') });
  },
  instructions: fixed('finding.model.instructions'),
};

function fill(tpl: string, params: Params): string {
  return tpl.replace(/\{(\w+)\}/g, (all, k) => params[k] ?? all);
}

// The message ids the workbench may use for findings (for the tests).
export const findingSpecs = Object.keys(specs);

export function findingText(l: Lang, f: TranslatableFinding, part: Part): string {
  const english = f[part] ?? '';
  if (l === 'en' || !english) return english;
  // Text an analyst wrote in this language (a profile's reason_fr, ...), carried
  // in the evidence; not when the server added English of its own to it (a
  // profile hit on goods with a permit).
  const ev = obj(f.evidence);
  const own = obj(obj(ev.translations)[l])[part];
  if (typeof own === 'string' && own.trim() !== '' && ev.permit_present !== true) return own;
  const spec = specs[f.source + ':' + f.id] ?? specs[f.source + ':*'];
  const pick = spec?.[part];
  if (!pick) return english;
  let choice: Choice = null;
  try {
    choice = pick(f, l);
  } catch {
    choice = null;
  }
  const tpl = choice && catalogue(l)[choice.id];
  if (!choice || !tpl) return english;
  // Every placeholder must have its value; otherwise the English stands.
  for (const m of tpl.matchAll(/\{(\w+)\}/g)) if (choice.params[m[1]] === undefined) return english;
  return fill(tpl, choice.params);
}

// In components: {$ft(f, 'reason')}.
export const ft = derived(lang, (l) => (f: TranslatableFinding, part: Part) => findingText(l, f, part));
