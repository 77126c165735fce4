// Shared vocabulary of the enforcement records (docs/records.md): units,
// detection methods, permit types, and small formatting helpers.
import { ApiError } from './api';

export const units = ['kg', 'g', 't', 'l', 'm3', 'pcs'] as const;
export const detections = ['profile', 'model', 'random', 'tip-off', 'scanner', 'dog', 'spectrometer', 'routine'] as const;
export const transportModes = ['sea', 'air', 'road', 'rail', 'post', 'pipeline', 'inland-water'] as const;
export const caseStatuses = ['open', 'investigating', 'referred', 'closed'] as const;
export const linkKinds = ['declaration', 'seizure', 'party', 'spectrum'] as const;

export interface Quantity { amount: number; unit: string; estimate: boolean }
export interface RouteLeg { role: string; country: string; confirmed: boolean }
export interface NamedParty { name: string; nationality: string }
export interface Seizure {
  id: string; date: string; office: string; place: string; country: string; domain: string;
  commodity: string; hs_code: string; taxon: string; substance: string; waste_code: string;
  cites_appendix: string; cas_number: string;
  quantities: Quantity[]; value: number | null; currency: string;
  transport_mode: string; conveyance: string; concealment: string; detection: string;
  route: RouteLeg[]; declarations: string[]; persons?: NamedParty[]; companies?: NamedParty[];
  outcome: string; operation: string; source: string; description: string;
  latitude: number | null; longitude: number | null;
}

// "2,145 kg · 14 pcs (estimate)": amounts per unit, never added across units.
export function quantityText(qs: Quantity[], fmt: (n: number) => string, estimate: string): string {
  return (qs ?? []).map((q) => `${fmt(q.amount)} ${q.unit}${q.estimate ? ' (' + estimate + ')' : ''}`).join(' · ');
}

// The commodity in words: the domain's code when there is one.
export function commodityText(s: Seizure): string {
  const bits = [s.commodity, s.taxon, s.substance, s.waste_code, s.hs_code ? 'HS ' + s.hs_code : ''].filter(Boolean);
  return bits.join(' · ');
}

export function message(e: unknown): string {
  if (e instanceof ApiError) return e.field ? `${e.field}: ${e.message}` : e.message;
  return String(e);
}

export interface PermitDetails {
  type: string; reference: string; direction: string; issuing_country: string; holder_id: string; holder_name: string;
  counterpart_country: string; valid_from: string; valid_to: string; hs_code: string; taxon: string; cas_number: string;
  waste_code: string; description: string; quantity: number | null; unit: string; shipments: number | null;
}
export interface Draw { declaration_id: string; lodged: string; quantity: number; unit: string; drawn_at: string }
export interface Balance {
  type: string; reference: string; quantity: number | null; used: number | null; remaining: number | null;
  shipments_used: number; shipments: number | null; unit: string; status: string; as_of: string;
  permit: PermitDetails; draws?: Draw[];
}
export const permitKey = (p: { type: string; reference: string }) => p.type + ':' + p.reference;
