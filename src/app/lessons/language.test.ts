import { describe, expect, it } from 'vitest';
import { defaultLanguage, initialLanguage } from './language.ts';

describe('lesson language', () => {
  it('follows the browser at first', () => {
    expect(defaultLanguage(['ko-KR', 'en-US'])).toBe('ko');
    expect(defaultLanguage(['ko'])).toBe('ko');
    expect(defaultLanguage(['en-US', 'ko-KR'])).toBe('en');
    expect(defaultLanguage(['kok'])).toBe('en');
    expect(defaultLanguage([])).toBe('en');
  });

  it('then the learner’s saved choice', () => {
    expect(initialLanguage('en', ['ko-KR'])).toBe('en');
    expect(initialLanguage('ko', ['en-US'])).toBe('ko');
    expect(initialLanguage('fr', ['ko-KR'])).toBe('ko');
  });
});
