import type { Finding } from './api';

export const lanes = ['red', 'orange', 'yellow', 'blue', 'green'] as const;
export const sources = ['profile', 'indicator', 'model', 'screening', 'permit', 'spectrum'] as const;
export const domains = ['general', 'fiscal', 'waste', 'ozone', 'cultural', 'strategic', 'precursors', 'wildlife'] as const;

export function strongest(findings: Finding[] | undefined): Finding | undefined {
  let best: Finding | undefined;
  for (const f of findings ?? []) if (!best || f.weight > best.weight) best = f;
  return best;
}

// Today on this device's clock, as YYYY-MM-DD (the server's days are plain dates).
export function today(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
