// Findings in the user's language. The server writes each finding's reason
// and instructions in English; for the findings whose text the code
// generates (permit checks, indicators, screening, the model's headline) the
// workbench keeps a template per (source, id) in lib/messages/*.ts, under
// `finding.<source>.<id>.reason` / `.instructions`, and fills it with
// parameters read from the finding's evidence.
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

// Every value present, or no choice at all.
function choose(id: string, params: Record<string, string | undefined>): Choice {
  for (const v of Object.values(params)) if (v === undefined) return null;
  return { id, params: params as Params };
}
const fixed = (id: string): ((f: TranslatableFinding, l: Lang) => Choice) => () => ({ id, params: {} });

// A permit's unit as the server words it (ODP_t "ODP t", CO2e_t "t CO2e"),
// in the language; any other unit (kg, t, pcs...) as written.
function unitWords(l: Lang, unit: unknown): string | undefined {
  if (typeof unit !== 'string') return undefined;
  if (unit === 'ODP_t' || unit === 'CO2e_t') return catalogue(l)['finding.permit.unit.' + unit];
  return unit;
}

function permitBase(f: TranslatableFinding, l: Lang = 'en') {
  const ev = obj(f.evidence);
  const permit = obj(ev.permit);
  return {
    ev,
    permit,
    document: str(ev.document),
    unit: unitWords(l, permit.unit),
    lodged: typeof ev.lodged === 'string' ? ev.lodged : undefined,
  };
}

// An ODP or CO2e quota's conversion, from the evidence's `conversion` rows:
// "120 kg HCFC-22 = 6.6 ODP kg = 0.0066 ODP t" for each item, joined by "; "
// (src/records/permit.cc, conversion). Undefined when there are none or a
// value is missing.
function conversionText(l: Lang, ev: Record<string, any>): string | undefined {
  const rows = Array.isArray(ev.conversion) ? ev.conversion.map(obj) : [];
  if (rows.length === 0) return undefined;
  const parts = rows.map((r) => {
    const odp = numOf(r.odp);
    const gwp = numOf(r.gwp_100);
    const kg = numOf(r.kg);
    const factor = odp ?? gwp;
    const id = odp !== undefined ? 'finding.permit.conversion.odp' : 'finding.permit.conversion.co2e';
    const tpl = catalogue(l)[id];
    const values: Record<string, string | undefined> = {
      kg: sig(l, kg),
      substance: str(r.substance),
      potential_kg: kg !== undefined && factor !== undefined ? sig(l, kg * factor) : undefined,
      quantity: sig(l, numOf(r.quantity)),
    };
    if (!tpl || factor === undefined || Object.values(values).some((v) => v === undefined)) return undefined;
    return tpl.replace(/\{(\w+)\}/g, (all, k) => values[k] ?? all);
  });
  if (parts.some((x) => x === undefined)) return undefined;
  return parts.join(l === 'ar' ? '؛ ' : '; ');
}
const exporting = (permit: Record<string, any>) => permit.direction === 'export' || permit.direction === 're-export';


const p = (id: string) => 'finding.permit.' + id;
const specs: Record<string, Spec> = {
  'permit:PERMIT_UNKNOWN': {
    reason: (f) => choose(p('PERMIT_UNKNOWN.reason'), { document: permitBase(f).document }),
    instructions: fixed(p('PERMIT_UNKNOWN.instructions')),
  },
  'permit:PERMIT_EXPIRED': {
    reason: (f, l) => {
      const { permit, document, lodged } = permitBase(f);
      return choose(p('PERMIT_EXPIRED.reason'), { document, valid_to: day(l, permit.valid_to), lodged: day(l, lodged) });
    },
    instructions: fixed(p('PERMIT_EXPIRED.instructions')),
  },
  'permit:PERMIT_NOT_YET_VALID': {
    reason: (f, l) => {
      const { permit, document, lodged } = permitBase(f);
      return choose(p('PERMIT_NOT_YET_VALID.reason'), {
        document,
        valid_from: day(l, permit.valid_from),
        lodged: day(l, lodged),
      });
    },
    instructions: fixed(p('PERMIT_NOT_YET_VALID.instructions')),
  },
  'permit:PERMIT_GOODS_NOT_COVERED': {
    reason: (f, l) => {
      const { ev, document } = permitBase(f);
      // The clauses, as the evidence lists them: [{kind, declared, permitted}].
      const clauses = Array.isArray(ev.not_covered) ? ev.not_covered.map(obj) : [];
      if (clauses.length === 0) return null;
      const cat = catalogue(l);
      const why: string[] = [];
      for (const c of clauses) {
        const tpl = typeof c.kind === 'string' ? cat[p('why.' + c.kind)] : undefined;
        const declared = str(c.declared);
        const permitted = str(c.permitted);
        if (!tpl || !declared || !permitted) return null;
        why.push(fill(tpl, { declared, permitted }));
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
      const { ev, permit, document } = permitBase(f);
      const holderId = str(permit.holder_id);
      const holder = holderId && (permit.holder_name ? `${holderId} (${permit.holder_name})` : holderId);
      const dir = exporting(permit) ? 'export' : 'import';
      return choose(p('PERMIT_WRONG_HOLDER.reason.' + dir), { document, holder, party: str(ev.party) });
    },
    instructions: fixed(p('PERMIT_WRONG_HOLDER.instructions')),
  },
  'permit:PERMIT_WRONG_COUNTRY': {
    reason: (f) => {
      const { ev, permit, document } = permitBase(f);
      const dir = exporting(permit) ? 'export' : 'import';
      return choose(p('PERMIT_WRONG_COUNTRY.reason.' + dir), {
        document,
        permitted: str(permit.counterpart_country),
        declared: str(ev.declared_country),
      });
    },
    instructions: fixed(p('PERMIT_WRONG_COUNTRY.instructions')),
  },
  'permit:PERMIT_SHIPMENTS_EXHAUSTED': {
    reason: (f, l) => {
      const { ev, permit, document } = permitBase(f);
      return choose(p('PERMIT_SHIPMENTS_EXHAUSTED.reason'), {
        document,
        shipments: sig(l, numOf(permit.shipments)),
        used: sig(l, numOf(ev.shipments_before), 21),
      });
    },
    instructions: fixed(p('PERMIT_SHIPMENTS_EXHAUSTED.instructions')),
  },
  'permit:PERMIT_OVER_BALANCE': {
    reason: (f, l) => {
      const { ev, permit, document, unit } = permitBase(f, l);
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
      const { ev, permit, document, unit } = permitBase(f, l);
      // An ODP or CO2e quota says how the kilograms were converted.
      const conversion = Array.isArray(ev.conversion) && ev.conversion.length ? conversionText(l, ev) : null;
      return choose(p('PERMIT_QUOTA_EXCEEDED.reason' + (conversion !== null ? '.conversion' : '')), {
        document,
        year: str(ev.year),
        quantity: sig(l, numOf(permit.quantity)),
        before: sig(l, numOf(ev.drawn_before)),
        drawn: sig(l, numOf(ev.drawn)),
        unit,
        ...(conversion !== null ? { conversion } : {}),
      });
    },
    instructions: fixed(p('PERMIT_QUOTA_EXCEEDED.instructions')),
  },
  'permit:PERMIT_QUANTITY_UNKNOWN': {
    reason: (f, l) => {
      const { document, unit } = permitBase(f, l);
      return choose(p('PERMIT_QUANTITY_UNKNOWN.reason'), {
        document,
        unit,
      });
    },
    instructions: fixed(p('PERMIT_QUANTITY_UNKNOWN.instructions')),
  },
  'permit:PERMIT_COVERED': {
    reason: (f, l) => {
      const { ev, permit, document, unit, lodged: iso } = permitBase(f, l);
      const lodged = day(l, iso);
      if (numOf(permit.quantity) === undefined) return choose(p('PERMIT_COVERED.reason'), { document, lodged });
      const drawn = numOf(ev.drawn);
      const after = numOf(ev.remaining_after);
      const remaining = drawn !== undefined && after !== undefined ? sig(l, after + drawn) : undefined;
      // An ODP or CO2e quota: the conversion of the kilograms, "of the 2.5 ODP t quota".
      if (Array.isArray(ev.conversion) && ev.conversion.length)
        return choose(p('PERMIT_COVERED.reason.conversion'), {
          document,
          lodged,
          conversion: conversionText(l, ev),
          quantity: sig(l, numOf(permit.quantity)),
          remaining,
          unit,
        });
      return choose(p('PERMIT_COVERED.reason.quantity'), {
        document,
        lodged,
        drawn: sig(l, drawn),
        remaining,
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
    const fields = obj(ev.fields);
    const route = fields.route === 'to' || fields.route === 'from' ? fields.route : undefined;
    if (!route) return null;
    return choose(ind('NEW_ROUTE.reason.' + route), {
      hs: str(fields.hs6),
      n: sig(l, numOf(obj(ev.reference).hs6_declarations), 21),
      country: str(fields.country),
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
      // The currency follows the figures: "1.234 EUR/kg" (none when the item has none).
      const cur = typeof fields.currency === 'string' && fields.currency !== '' ? ' ' + fields.currency : '';
      const origin = str(fields.origin);
      const value = sig(l, numOf(fields.unit_value_per_kg), 4);
      const median = sig(l, numOf(ref.median_unit_value_per_kg), 4);
      return choose(ind(id + '.reason' + (origin ? '.origin' : '')), {
        value: value && value + cur,
        median: median && median + cur,
        hs: str(fields.hs6),
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
// A unit value below the floor table's (src/risk/value_floors.cc): the
// sentence is translated from the evidence; the table's own words (goods,
// basis, source, what a low price suggests: `reference.goods`, `.basis`,
// `.source`, `.below_means`) are quoted as the table writes them. Prices are
// rounded as the server rounds them (0 decimals from 100, 1 from 10, else 2).
function floorNum(l: Lang, n: number | undefined): string | undefined {
  if (n === undefined) return undefined;
  const digits = n >= 100 ? 0 : n >= 10 ? 1 : 2;
  return new Intl.NumberFormat(l === 'ar' ? 'ar' : l === 'fr' ? 'fr-FR' : 'en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
  }).format(n);
}
// A part of a valuation reason (a price, a ceiling) filled in, or undefined
// when the template or one of its values is missing.
function fillPart(tpl: string | undefined, values: Record<string, string | undefined>): string | undefined {
  if (tpl === undefined || Object.values(values).some((v) => v === undefined)) return undefined;
  return fill(tpl, values as Params);
}
specs['indicator:BELOW_VALUE_FLOOR'] = {
  reason: (f, l) => {
    const ev = obj(f.evidence);
    const fields = obj(ev.fields);
    const ref = obj(ev.reference);
    const currency = str(fields.currency);
    const floorCurrency = str(ref.floor_currency);
    const same = currency !== undefined && currency === floorCurrency;
    const price = fillPart(catalogue(l)[ind('BELOW_VALUE_FLOOR.price' + (same ? '' : '.converted'))], {
      value: floorNum(l, numOf(fields.unit_value_per_kg)),
      currency,
      ...(same ? {} : { converted: floorNum(l, numOf(ref.unit_value_per_kg_in_floor_currency)), floor_currency: floorCurrency }),
    });
    const item = numOf(fields.item);
    return choose(ind('BELOW_VALUE_FLOOR.reason'), {
      item: item !== undefined ? String(item) : undefined,
      hs: str(fields.hs),
      price,
      goods: str(ref.goods),
      floor: floorNum(l, numOf(ref.floor_per_kg)),
      floor_currency: floorCurrency,
      basis: str(ref.basis),
      source: str(ref.source),
      below_means: str(ref.below_means),
    });
  },
  instructions: fixed(ind('BELOW_VALUE_FLOOR.instructions')),
};
// A unit value above the ceiling table's (src/risk/value_ceilings.cc), per kg
// or per piece (`reference.measure`): translated the same way as the floors'.
specs['indicator:ABOVE_VALUE_CEILING'] = {
  reason: (f, l) => {
    const ev = obj(f.evidence);
    const fields = obj(ev.fields);
    const ref = obj(ev.reference);
    const measure = str(ref.measure);
    if (measure !== 'per_kg' && measure !== 'per_unit') return null;
    const currency = str(fields.currency);
    const ceilingCurrency = str(ref.ceiling_currency);
    const same = currency !== undefined && currency === ceilingCurrency;
    const price = fillPart(catalogue(l)[ind('ABOVE_VALUE_CEILING.price.' + measure + (same ? '' : '.converted'))], {
      value: floorNum(l, numOf(measure === 'per_kg' ? fields.unit_value_per_kg : fields.value_per_unit)),
      currency,
      ...(same ? {} : { converted: floorNum(l, numOf(ref.declared_in_ceiling_currency)), ceiling_currency: ceilingCurrency }),
    });
    const ceiling = fillPart(catalogue(l)[ind('ABOVE_VALUE_CEILING.ceiling.' + measure)], {
      ceiling: floorNum(l, numOf(ref.ceiling)),
      ceiling_currency: ceilingCurrency,
    });
    const item = numOf(fields.item);
    return choose(ind('ABOVE_VALUE_CEILING.reason'), {
      item: item !== undefined ? String(item) : undefined,
      hs: str(fields.hs),
      price,
      goods: str(ref.goods),
      ceiling,
      basis: str(ref.basis),
      source: str(ref.source),
      above_means: str(ref.above_means),
    });
  },
  instructions: fixed(ind('ABOVE_VALUE_CEILING.instructions')),
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
  instructions: (f) => {
    const sanctions = obj(f.evidence).sanctions;
    if (typeof sanctions !== 'boolean') return null;
    return { id: 'finding.screening.instructions' + (sanctions ? '.sanctions' : ''), params: {} };
  },
};
// A partner administration's alert: the partner's own words stay as written.
specs['partner:*'] = {
  reason: (f, l) => {
    const ev = obj(f.evidence);
    const operation = str(ev.operation);
    const words = typeof ev.partner_reason === 'string' ? ev.partner_reason : undefined;
    return choose('finding.partner.reason' + (operation ? '.operation' : ''), {
      partner: str(ev.partner),
      ...(operation ? { operation } : {}),
      partner_reason: words,
      expires: day(l, str(ev.expires)),
    });
  },
  instructions: (f) => choose('finding.partner.instructions', { alert: str(obj(f.evidence).alert) }),
};
// Messages the server adds beside its English (a model driver's words, a
// spectrum's explanation): {id, params} where a param is a string, a number
// {number, as} (formatted as the server rounds it, in the user's locale) or
// a message of its own ("twice", "3 frauds"). Undefined when a template or
// a parameter is missing (the caller then shows the server's English).
const locale = (l: Lang) => (l === 'ar' ? 'ar' : l === 'fr' ? 'fr-FR' : 'en-GB');
function messageNumber(l: Lang, n: number, as: unknown): string | undefined {
  const fmt = (o: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale(l), o).format(n);
  if (as === 'int') return fmt({ maximumFractionDigits: 0 });
  if (as === 'pct') return fmt({ style: 'percent', maximumFractionDigits: 0 });
  if (as === 'fixed2') return fmt({ minimumFractionDigits: 2, maximumFractionDigits: 2 });
  if (as === 'signed') return fmt({ signDisplay: 'always', maximumFractionDigits: 0 });
  // The disguise model's band edges (src/risk/disguise_model.cc, edge()):
  // whole from 10, else two significant digits; never grouped (3200, 0.32, 3.2, 1).
  if (as === 'sig2')
    return Math.abs(n) >= 10
      ? fmt({ maximumFractionDigits: 0, useGrouping: false })
      : fmt({ maximumSignificantDigits: 2, useGrouping: false });
  if (as !== 'amount') return undefined;
  // ml/explain.cc's amount(): 0 decimals from 100, 2 from 1, else 3 significant digits.
  const a = Math.abs(n);
  if (a >= 100) return fmt({ maximumFractionDigits: 0 });
  if (a >= 1) return fmt({ minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return fmt({ maximumSignificantDigits: 3 });
}
export function messageText(l: Lang, prefix: string, message: unknown, depth = 0): string | undefined {
  const m = obj(message);
  if (typeof m.id !== 'string' || depth > 3) return undefined;
  const tpl = catalogue(l)[prefix + m.id];
  if (!tpl) return undefined;
  const params: Params = {};
  for (const [k, v] of Object.entries(obj(m.params))) {
    const value =
      typeof v === 'string'
        ? v
        : numOf(obj(v).number) !== undefined
          ? messageNumber(l, obj(v).number, obj(v).as)
          : messageText(l, prefix, v, depth + 1);
    if (value === undefined) return undefined;
    params[k] = value;
  }
  for (const x of tpl.matchAll(/\{(\w+)\}/g)) if (params[x[1]] === undefined) return undefined;
  return fill(tpl, params);
}
const driverText = (l: Lang, message: unknown) => messageText(l, 'finding.model.driver.', message);

// A spectrum's explanation (Spectra page): its sentences in the language, or
// the server's English when one of them cannot be translated.
export function spectrumExplanation(l: Lang, english: string, parts: unknown): string {
  if (l === 'en' || !Array.isArray(parts) || parts.length === 0) return english;
  const out = parts.map((p) => messageText(l, 'spectrum.explain.', p));
  return out.some((x) => x === undefined) ? english : out.join(' ');
}

// A spectrum finding: a controlled substance matched by the library search,
// or a precursor answer's (band table, src/spectra/precursors.cc: "how" is
// "precursor" or "precursor_maybe"; the score as the sentence rounds it, the
// answer's label, the legal basis or the hazard as the tables write them).
specs['spectrum:*'] = {
  reason: (f, l) => {
    const ev = obj(f.evidence);
    if (ev.how === 'precursor' || ev.how === 'precursor_maybe') {
      const maybe = ev.how === 'precursor_maybe';
      const controlled = typeof ev.legal_basis === 'string';
      const score = numOf(ev.score_points);
      return choose('finding.spectrum.reason.' + ev.how + (controlled ? '.controlled' : '.hazard'), {
        substance: str(ev.substance),
        score: score !== undefined ? sig(l, score, 21) : undefined,
        ...(maybe ? { label: str(ev.label) } : {}),
        ...(controlled ? { legal_basis: str(ev.legal_basis) } : { hazard: str(ev.hazard) }),
      });
    }
    const how = ev.how === 'match' || ev.how === 'tentative' || ev.how === 'mixture' ? ev.how : undefined;
    const name = str(ev.library_name);
    const substance = str(ev.substance);
    if (!how || !name || !substance) return null;
    return choose('finding.spectrum.reason.' + how + (name !== substance ? '.substance' : ''), {
      name,
      ...(name !== substance ? { substance } : {}),
      legal_basis: str(ev.legal_basis),
    });
  },
  // The same instructions for a precursor answer's finding.
  instructions: (f) => choose('finding.spectrum.instructions', { substance: str(obj(f.evidence).substance) }),
};

// The model: its headline and its drivers.
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
    // Each driver by its message (id and parameters, in the evidence);
    // a driver without one keeps the model's own words.
    const parts = drivers.map((d) => {
      const words = driverText(l, d.message) ?? (typeof d.words === 'string' ? d.words : undefined);
      return words !== undefined && numOf(d.contribution) !== undefined
        ? `${words} (${sign.format(d.contribution)})`
        : undefined;
    });
    if (parts.some((x) => x === undefined)) return null;
    return choose('finding.model.reason', { ...base, drivers: parts.join(l === 'ar' ? '؛ ' : ' ; ') });
  },
  instructions: fixed('finding.model.instructions'),
};

// The disguise model (src/risk/disguise_model.cc): what the declaration
// shares with the recorded seizures of a domain (route, consignee, price per
// kg, mass, codes), its learned score and how much lawful trade scores above
// the threshold. Matched by 'model:disguise' before the fraud model's 'model:*'.
specs['model:disguise'] = {
  reason: (f, l) => {
    const ev = obj(f.evidence);
    const id = str(ev.domain) ?? str(f.domain);
    // English as the server writes it (the domain's id); else the domain's name.
    const domain = id === undefined ? undefined : l === 'en' ? id : catalogue(l)['domain.' + id];
    const two = (v: unknown) =>
      numOf(v) === undefined
        ? undefined
        : new Intl.NumberFormat(locale(l), { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false }).format(
            v as number,
          );
    // The share of lawful trade in percent, at most two decimals ({:g} of the rounded value).
    const share = numOf(ev.ordinary_share);
    // The built-in model says so after the score (the server's " Built-in model: ...");
    // a model the workbench does not know keeps the server's English (undefined).
    const builtin = catalogue(l)['finding.model.disguise.builtin'];
    const builtinNote = ev.model === undefined ? '' : ev.model === 'built-in' && builtin ? ' ' + builtin : undefined;
    // A further domain the declaration resembles names the one that carries
    // the score (the server's " Resembles the recorded ... seizures more ..."),
    // before the built-in note.
    const strongestId = str(ev.strongest_domain);
    const strongest =
      strongestId === undefined ? undefined : l === 'en' ? strongestId : catalogue(l)['domain.' + strongestId];
    const also =
      ev.strongest_domain === undefined
        ? ''
        : fillPart(catalogue(l)['finding.model.disguise.also'], { strongest }) ?? undefined;
    const note =
      also === undefined || builtinNote === undefined ? undefined : (also === '' ? '' : ' ' + also) + builtinNote;
    const base = {
      note,
      domain,
      probability: two(ev.probability),
      threshold: two(ev.threshold),
      share:
        share === undefined
          ? undefined
          : new Intl.NumberFormat(locale(l), { maximumFractionDigits: 2, useGrouping: false }).format(
              Math.round(share * 10000) / 100,
            ),
    };
    if (!Array.isArray(ev.drivers)) return null;
    const drivers = ev.drivers.map(obj);
    if (drivers.length === 0) return choose('finding.model.disguise.reason.none', base);
    // Every driver by its message, or the server's English for the whole reason.
    const parts = drivers.map((d) => driverText(l, d.message));
    if (parts.some((x) => x === undefined)) return null;
    // English as the server joins them; French with its space before the semicolon.
    const sep = l === 'ar' ? '؛ ' : l === 'fr' ? ' ; ' : '; ';
    return choose('finding.model.disguise.reason', { ...base, drivers: parts.join(sep) });
  },
  instructions: fixed('finding.model.disguise.instructions'),
};

// The text of a finding in a language from its spec and the evidence, or
// null when it cannot be said (no spec, template or value). English included,
// so that the tests compare it with the server's own sentence.
export function findingTranslation(l: Lang, f: TranslatableFinding, part: Part): string | null {
  const spec = specs[f.source + ':' + f.id] ?? specs[f.source + ':*'];
  const pick = spec?.[part];
  if (!pick) return null;
  let choice: Choice = null;
  try {
    choice = pick(f, l);
  } catch {
    choice = null;
  }
  const tpl = choice && catalogue(l)[choice.id];
  if (!choice || !tpl) return null;
  // Every placeholder must have its value.
  for (const m of tpl.matchAll(/\{(\w+)\}/g)) if (choice.params[m[1]] === undefined) return null;
  return fill(tpl, choice.params);
}

function fill(tpl: string, params: Params): string {
  return tpl.replace(/\{(\w+)\}/g, (all, k) => params[k] ?? all);
}

// The message ids the workbench may use for findings (for the tests).
export const findingSpecs = Object.keys(specs);

// The sentence the permit check adds to a profile hit's reason
// (src/risk/permit_waiver.cc): "Waived: covered by ODS licence L1, 880 kg
// remaining (verified in the permit registry)..." or "The permit check
// refuses ... as cover...", in the language, from the evidence
// (`waived_by`, `permit_refused`); null when a template or a value is missing.
// A number as C's %.6g writes it, when that has no exponent (else undefined).
function g6(n: number | undefined): string | undefined {
  if (n === undefined) return undefined;
  const out = String(Number(n.toPrecision(6)));
  return /e/.test(out) || (n !== 0 && (Math.abs(n) >= 1e6 || Math.abs(n) < 1e-4)) ? undefined : out;
}

function permitSentence(l: Lang, ev: Record<string, any>): string | null {
  const c = catalogue(l);
  const fillAll = (tpl: string | undefined, values: Record<string, string | undefined>): string | null => {
    if (tpl === undefined) return null;
    let ok = true;
    const out = tpl.replace(/\{(\w+)\}/g, (all, k) => {
      const v = values[k];
      if (v === undefined) ok = false;
      return v ?? all;
    });
    return ok ? out : null;
  };
  const split = (doc: unknown) => {
    if (typeof doc !== 'string' || !doc.includes(':')) return null;
    const at = doc.indexOf(':');
    return { type: doc.slice(0, at), reference: doc.slice(at + 1) };
  };
  const join = (parts: (string | null)[]) =>
    parts.length === 0 || parts.some((x) => x === null) ? null : parts.join(l === 'ar' ? '؛ ' : '; ');
  if (ev.waived === true && Array.isArray(ev.waived_by)) {
    const covers = join(
      ev.waived_by.map(obj).map((w) => {
        const d = split(w.document);
        if (!d) return null;
        const remaining = numOf(w.remaining_after);
        const values = {
          permit_type: c['finding.permit_type.' + d.type],
          reference: d.reference,
          // English as the server writes it (%.6g, no grouping), to compare.
          remaining: l === 'en' ? g6(remaining) : sig(l, remaining),
          unit: unitWords(l, w.unit),
        };
        return fillAll(c['finding.waiver.cover' + (remaining !== undefined ? '.remaining' : '')], values);
      }),
    );
    return covers === null ? null : fillAll(c['finding.waiver'], { covers });
  }
  if (Array.isArray(ev.permit_refused)) {
    const refused = join(
      ev.permit_refused.map(obj).map((r) =>
        typeof r.document === 'string' && Array.isArray(r.problems) && r.problems.every((x: unknown) => typeof x === 'string')
          ? fillAll(c['permit_check.refused_document'], { document: r.document, problems: r.problems.join(', ') })
          : null,
      ),
    );
    return refused === null ? null : fillAll(c['finding.permit_refused'], { refused });
  }
  return null;
}

// What the server adds to a profile hit on goods that carry the profile's
// permit (src/risk/profile_hit.cc, evidence `permit_documents`): a sentence
// after the reason, a check before the instructions; null when it cannot be said.
function lawfulText(l: Lang, ev: Record<string, any>, part: Part): string | null {
  const docs = Array.isArray(ev.permit_documents) ? ev.permit_documents : [];
  if (docs.length === 0 || docs.some((d: unknown) => typeof d !== 'string')) return null;
  const c = catalogue(l);
  const tpl = c['finding.lawful.' + part];
  const or = c['finding.lawful.or'];
  if (!tpl || !or) return null;
  return tpl.replace('{docs}', docs.join(or));
}

// A profile hit's text in the analyst's translation with the sentences the
// server added to the English (the document check, the permit check's
// waiver or refusal), those said in the same language from the evidence.
// Null when one cannot be, or is not the server's English word for word.
function withServerSentences(l: Lang, ev: Record<string, any>, part: Part, own: string, english: string): string | null {
  if (ev.permit_present !== true) return own;
  // A hit waived or refused by the permit check need not carry the profile's
  // own permit; one stored before `permit_documents` was kept cannot be said.
  const carries = ev.permit_documents !== undefined;
  if (!carries && (english.includes(' The goods carry ') || english.startsWith('Check that the '))) return null;
  if (part === 'instructions') {
    if (!carries) return own; // the permit check adds nothing to the instructions
    const en = lawfulText('en', ev, part);
    const mine = lawfulText(l, ev, part);
    return en !== null && mine !== null && english.startsWith(en + ' ') ? mine + ' ' + own : null;
  }
  const say = (lang: Lang) => {
    const lawful = carries ? lawfulText(lang, ev, part) : '';
    const check = ev.waived === true || Array.isArray(ev.permit_refused) ? permitSentence(lang, ev) : '';
    return lawful === null || check === null ? null : [lawful, check].filter((x) => x !== '').join(' ');
  };
  const en = say('en');
  const mine = say(l);
  if (en === null || mine === null) return null;
  return english.endsWith(' ' + en) ? own + ' ' + mine : null;
}

export function findingText(l: Lang, f: TranslatableFinding, part: Part): string {
  const english = f[part] ?? '';
  if (l === 'en' || !english) return english;
  // Text an analyst wrote in this language (a profile's reason_fr, ...), carried
  // in the evidence. When the server added sentences of its own to the
  // English (a profile hit on goods with a permit), they are said in the same
  // language from the evidence; if they cannot be, the English stands.
  const ev = obj(f.evidence);
  const own = obj(obj(ev.translations)[l])[part];
  if (typeof own === 'string' && own.trim() !== '') return withServerSentences(l, ev, part, own, english) ?? english;
  // From the spec and the evidence; when a template or a value is missing, the English stands.
  return findingTranslation(l, f, part) ?? english;
}

// In components: {$ft(f, 'reason')}.
export const ft = derived(lang, (l) => (f: TranslatableFinding, part: Part) => findingText(l, f, part));
