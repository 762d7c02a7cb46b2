// Share links: `#/playground?s=<lz-string compressToEncodedURIComponent of the scenario's JSON>`.
// Opening one only decodes data and checks it (parseScenario); the lab then replays its actions
// through the simulator, which is all a link can ever make happen.
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { parseScenario, type Parsed, type Scenario } from './model.ts';

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
      message: `this scenario is ${kb(json.length)} KB; a share link holds at most ${kb(MAX_LINK_JSON)} KB. Export it as a file instead`,
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
    return bad(
      `the share link is too long (${kb(param.length)} KB; the lab opens links up to ${kb(MAX_LINK_PARAM)} KB)`,
    );
  }
  // Some mailers turn the link alphabet's "+" into a space; lz-string reads it back the same way.
  if (!/^[A-Za-z0-9+\-$ ]*$/.test(param)) {
    return bad('the share link holds characters a lab link never has; was it edited?');
  }
  let json: string | null;
  try {
    json = decompressFromEncodedURIComponent(param);
  } catch {
    json = null;
  }
  if (json === null || json === '') {
    return bad('the share link is incomplete or damaged (was it cut off when copied?)');
  }
  if (json.length > MAX_LINK_JSON) {
    return bad(`the share link's scenario is larger than ${kb(MAX_LINK_JSON)} KB`);
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return bad('the share link is incomplete or damaged (was it cut off when copied?)');
  }
  const parsed = parseScenario(value);
  return parsed.ok ? parsed : bad(`the share link cannot be opened: ${parsed.message}`);
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
