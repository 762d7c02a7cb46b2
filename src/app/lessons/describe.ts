// One line saying what a lesson check asks, for the player to show before (and beside) its answer:
// the check's kind and its fields as the lesson writes them ("svc: name np-svc, type NodePort").
import type { Check } from '../../lessons/types.ts';

function show(value: unknown): string {
  if (typeof value === 'string') return value.includes('\n') ? JSON.stringify(value) : value;
  if (Array.isArray(value)) return `[${value.map(show).join(', ')}]`;
  if (typeof value === 'object' && value !== null)
    return Object.entries(value)
      .map(([k, v]) => `${k} ${show(v)}`)
      .join(' ');
  return String(value);
}

export function describeCheck(check: Check): string {
  const [kind, fields] = Object.entries(check)[0] ?? ['check', {}];
  const parts = Object.entries(fields as Record<string, unknown>).map(
    ([k, v]) => `${k} ${show(v)}`,
  );
  return `${kind}: ${parts.join(', ')}`;
}
