// The checks' words in both languages: the same keys and placeholders, Korean on the Korean side,
// and a check's Korean answer keeps the values it quotes.
import { describe, expect, it } from 'vitest';
import { format, placeholders, type CommandResult } from '../engine/index.ts';
import { evaluateCheck } from './checks.ts';
import { CHECK_EN, CHECK_KO, type CheckKey } from './messages.ts';

const HANGUL = /[\uac00-\ud7a3]/;
const keys = Object.keys(CHECK_EN) as CheckKey[];
/** Punctuation only: the same in both languages. */
const SAME: readonly CheckKey[] = ['check.and', 'check.subject', 'check.is'];

describe('the checks catalog', () => {
  it('has the same keys and placeholders in both languages', () => {
    expect(Object.keys(CHECK_KO).sort()).toEqual([...keys].sort());
    for (const k of keys) expect(placeholders(CHECK_KO[k]), k).toEqual(placeholders(CHECK_EN[k]));
  });

  it('is Korean on the Korean side', () => {
    expect(keys.filter((k) => !SAME.includes(k) && !HANGUL.test(CHECK_KO[k]))).toEqual([]);
  });

  it("renders a check's answer in Korean with the values it saw", () => {
    const result: CommandResult = {
      command: 'kubectl get svc',
      exitCode: 1,
      stdout: '',
      stderr: 'error: nope\n',
    };
    const outcome = evaluateCheck({ output: { exitCode: 0 } }, { read: () => result }, [result]);
    expect(outcome.reason).toBe('"kubectl get svc" exited 1, want 0');
    const ko = format((k) => CHECK_KO[k as CheckKey], outcome.says!);
    expect(ko).toBe('"kubectl get svc" 종료 코드 1, 기대값 0');
  });
});
