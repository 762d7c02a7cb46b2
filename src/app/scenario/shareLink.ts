// Share links: `#/playground?s=<lz-string compressToEncodedURIComponent of the scenario's JSON>`.
// Opening one only decodes data and checks it (parseScenario); the lab then replays its actions
// through the simulator, which is all a link can ever make happen.
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { parseScenario, type Parsed, type Scenario } from './model.ts';
import { tNow } from '../i18n/i18n.ts';

/** The decoded JSON of a link, at most. */
export const MAX_LINK_JSON = 100_000;
/**
 * The `s` parameter, at most: checked before decompressing, since a short lz-string text can
 * expand a lot. A 100 KB scenario of manifests compresses well below this.
 */
export const MAX_LINK_PARAM = 60_000;

/** The link's `s` parameter for a scenario; null when the scenario is too big for a link. */
export function encodeScenario(scenario: Scenario): Parsed<string> {
  const json = JSON.stringify(scenario);
  if (json.length > MAX_LINK_JSON) {
    return {
      ok: false,
      message: tNow('link.tooBig', { size: kb(json.length), max: kb(MAX_LINK_JSON) }),
    };
  }
  return { ok: true, value: compressToEncodedURIComponent(json) };
}

/** The whole link, on this page's address. */
export function shareUrl(location: { origin: string; pathname: string }, param: string): string {
  return `${location.origin}${location.pathname}#/playground?s=${param}`;
}

function kb(chars: number): number {
  return Math.ceil(chars / 1000);
}

/** A link's `s` parameter back to a checked scenario, or a message the user can act on. */
export function decodeScenario(param: string): Parsed<Scenario> {
  const bad = (message: string): Parsed<Scenario> => ({ ok: false, message });
  if (param.length > MAX_LINK_PARAM) {
    return bad(tNow('link.tooLong', { size: kb(param.length), max: kb(MAX_LINK_PARAM) }));
  }
  // Some mailers turn the link alphabet's "+" into a space; lz-string reads it back the same way.
  if (!/^[A-Za-z0-9+\-$ ]*$/.test(param)) {
    return bad(tNow('link.badChars'));
  }
  let json: string | null;
  try {
    json = decompressFromEncodedURIComponent(param);
  } catch {
    json = null;
  }
  if (json === null || json === '') {
    return bad(tNow('link.damaged'));
  }
  if (json.length > MAX_LINK_JSON) {
    return bad(tNow('link.tooLarge', { max: kb(MAX_LINK_JSON) }));
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return bad(tNow('link.damaged'));
  }
  const parsed = parseScenario(value);
  return parsed.ok ? parsed : bad(tNow('link.cannotOpen', { why: parsed.message }));
}

/** The `s` parameter of a hash such as `#/playground?s=...`, or null. */
export function linkParam(hash: string): string | null {
  const query = hash.replace(/^#/, '').split('?', 2)[1];
  if (query === undefined) return null;
  // URLSearchParams would turn the link alphabet's "+" into a space.
  for (const pair of query.split('&')) {
    if (pair.startsWith('s=')) return pair.slice(2);
  }
  return null;
}

/** The hash without its `s` parameter (the scenario is saved; a reload opens the saved one). */
export function hashWithoutLink(hash: string): string {
  const [path = '', query] = hash.replace(/^#/, '').split('?', 2);
  if (query === undefined) return `#${path}`;
  const rest = query.split('&').filter((p) => !p.startsWith('s=') && p !== '');
  return rest.length === 0 ? `#${path}` : `#${path}?${rest.join('&')}`;
}

/** A decoding problem as the sentence the lab shows. */
export function linkProblemText(
  message: string,
  t?: (key: 'scenario.badLink', params: { why: string }) => string,
): string {
  const why = `${message.charAt(0).toUpperCase()}${message.slice(1)}`;
  return t ? t('scenario.badLink', { why }) : `${why}. The lab kept your own scenario.`;
}
