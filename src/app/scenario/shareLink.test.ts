import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import type { Scenario } from './model.ts';
import {
  MAX_LINK_PARAM,
  decodeScenario,
  encodeScenario,
  hashWithoutLink,
  linkParam,
} from './shareLink.ts';

const scenario: Scenario = {
  version: 1,
  preset: 'gke',
  seed: 7,
  actions: [
    { kind: 'apply', text: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n' },
    { kind: 'run', line: "kubectl get svc web -o jsonpath='{.spec.clusterIP}'" },
    { kind: 'wait', seconds: 30 },
  ],
  editorText: 'apiVersion: v1\n',
};

function param(value: unknown): string {
  return compressToEncodedURIComponent(JSON.stringify(value));
}

describe('share links', () => {
  it('travel and come back as the same scenario', () => {
    const encoded = encodeScenario(scenario);
    expect(encoded.ok).toBe(true);
    if (!encoded.ok) return;
    expect(encoded.value).toMatch(/^[A-Za-z0-9+\-$]+$/);
    expect(decodeScenario(encoded.value)).toEqual({ ok: true, value: scenario });
  });

  it('say a link cut off when copied is incomplete', () => {
    const whole = param(scenario);
    for (const cut of [whole.length - 3, Math.floor(whole.length / 2), 1]) {
      const opened = decodeScenario(whole.slice(0, cut));
      expect(opened).toEqual({
        ok: false,
        message: 'the share link is incomplete or damaged (was it cut off when copied?)',
      });
    }
  });

  it('say a newer lab made the scenario', () => {
    const opened = decodeScenario(param({ ...scenario, version: 3 }));
    expect(opened.ok === false && opened.message).toBe(
      'the share link cannot be opened: the scenario was made by a newer lab (scenario version 3); this lab reads version 1. Open it in the newer lab',
    );
  });

  it('refuse huge input before and after decompressing', () => {
    const long = decodeScenario('A'.repeat(MAX_LINK_PARAM + 1));
    expect(long.ok === false && long.message).toMatch(/^the share link is too long/);
    // Repetitive text compresses to a short link but decodes past the limit.
    const bomb = param({ ...scenario, editorText: 'a'.repeat(200_000) });
    expect(bomb.length).toBeLessThan(MAX_LINK_PARAM);
    expect(decodeScenario(bomb)).toEqual({
      ok: false,
      message: "the share link's scenario is larger than 100 KB",
    });
    const big = encodeScenario({ ...scenario, editorText: 'a'.repeat(200_000) });
    expect(big.ok === false && big.message).toMatch(/a share link holds at most 100 KB/);
  });

  it('refuse anything but a scenario', () => {
    expect(decodeScenario(param(['kubectl delete ns --all']))).toEqual({
      ok: false,
      message: 'the share link cannot be opened: the scenario is not an object',
    });
    expect(decodeScenario('<script>alert(1)</script>')).toEqual({
      ok: false,
      message: 'the share link holds characters a lab link never has; was it edited?',
    });
  });

  it('read the s parameter with its + intact, and drop it from the address', () => {
    expect(linkParam('#/playground?preset=gke&s=ab+c$-')).toBe('ab+c$-');
    expect(linkParam('#/playground')).toBeNull();
    expect(hashWithoutLink('#/playground?s=abc')).toBe('#/playground');
    expect(hashWithoutLink('#/playground?preset=gke&s=abc')).toBe('#/playground?preset=gke');
  });
});
