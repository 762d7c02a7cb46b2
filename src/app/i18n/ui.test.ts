// The UI catalog has every key in both languages with the same placeholders, and `t` renders UI
// keys, engine notes and nested messages in the chosen language.
import { describe, expect, it } from 'vitest';
import { placeholders, type Hop } from '../../engine/index.ts';
import { hopNote, richText, translate } from './i18n.ts';
import { UI_EN, UI_KO, type UiKey } from './ui.ts';
import { VIZ_EN, type VizKey } from '../../viz/text.ts';

const HANGUL = /[\uac00-\ud7a3]/;
/** The same word in both languages: the product's name and a term of the trade. */
const SAME: readonly UiKey[] = [
  'app.brand',
  'request.url',
  // DNAT, SNAT and their undoing are the kernel's names for the rewrites.
  'viz.action.dnat',
  'viz.action.snat',
  'viz.action.un-dnat',
  'viz.action.un-snat',
];
const keys = Object.keys(UI_EN) as UiKey[];

describe('the UI catalog', () => {
  it('has the same keys in both languages', () => {
    expect(Object.keys(UI_KO).sort()).toEqual([...keys].sort());
  });

  it.each(keys)('%s has the same placeholders in English and Korean', (key) => {
    expect(placeholders(UI_KO[key])).toEqual(placeholders(UI_EN[key]));
  });

  it('is Korean on the Korean side (but for names) and English on the English side', () => {
    expect(keys.filter((k) => !SAME.includes(k) && !HANGUL.test(UI_KO[k]))).toEqual([]);
    expect(keys.filter((k) => SAME.includes(k) && UI_KO[k] !== UI_EN[k])).toEqual([]);
    expect(keys.filter((k) => HANGUL.test(UI_EN[k]))).toEqual([]);
  });
});

describe('the drawing (src/viz)', () => {
  it("has its words in the catalog, the English ones equal to the drawing's defaults", () => {
    const vizKeys = Object.keys(VIZ_EN) as VizKey[];
    // A VizKey that is not a UiKey fails typecheck here.
    const asUi: readonly UiKey[] = vizKeys;
    expect(asUi.filter((k) => UI_EN[k] !== VIZ_EN[k as VizKey])).toEqual([]);
  });
});

describe('t', () => {
  it('fills parameters and leaves names and addresses as they are', () => {
    expect(translate('en', 'response.servedBy', { pod: 'default/web-1', node: 'worker-1' })).toBe(
      'served by default/web-1 on worker-1',
    );
    expect(translate('ko', 'response.servedBy', { pod: 'default/web-1', node: 'worker-1' })).toBe(
      'worker-1 노드의 default/web-1 파드가 응답했습니다',
    );
  });

  it('renders nested messages and engine notes through the same catalogs', () => {
    const what = { key: 'workspace.terminal' };
    expect(translate('ko', 'workspace.fold', { what })).toBe('터미널 접기');
    expect(translate('en', 'trace.dnat.rules', { node: 'w1', endpoint: '10.244.1.2:80' })).toBe(
      "kube-proxy's rules on w1 pick endpoint 10.244.1.2:80 and rewrite the destination (DNAT).",
    );
  });

  it("shows a hop's note in the chosen language, and its English note when it has no message", () => {
    const hop: Hop = {
      at: 'node/w1',
      action: 'dnat',
      packet: { proto: 'TCP', src: '10.0.0.1:40000', dst: '10.244.1.2:80', outer: null },
      rule: null,
      note: "kube-proxy's rules on w1 pick endpoint 10.244.1.2:80 and rewrite the destination (DNAT).",
      msg: { key: 'trace.dnat.rules', params: { node: 'w1', endpoint: '10.244.1.2:80' } },
    };
    expect(hopNote(hop, 'ko')).toBe(
      'w1 노드의 kube-proxy 규칙이 엔드포인트 10.244.1.2:80 주소를 골라 목적지를 바꿉니다(DNAT).',
    );
    expect(hopNote({ ...hop, msg: undefined }, 'ko')).toBe(hop.note);
  });

  it('puts elements into a template (rich text)', () => {
    const parts = richText(UI_KO['response.seen'], { address: 'X' }) as unknown[];
    expect(parts).toHaveLength(2);
  });
});
