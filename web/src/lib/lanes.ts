import type { Finding } from './api';

export const lanes = ['red', 'orange', 'yellow', 'blue', 'green'] as const;
export const sources = ['profile', 'indicator', 'model', 'screening', 'permit', 'spectrum'] as const;
export const domains = ['general', 'fiscal', 'waste', 'ozone', 'cultural', 'strategic', 'precursors', 'wildlife'] as const;

export function strongest(findings: Finding[] | undefined): Finding | undefined {
  let best: Finding | undefined;
  for (const f of findings ?? []) if (!best || f.weight > best.weight) best = f;
  return best;
}
