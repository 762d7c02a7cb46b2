import { describe, expect, it } from 'vitest';
import { splitScript, splitWords } from './script.ts';

describe('the lab shell script syntax (spec/cli.md)', () => {
  it('skips blank lines and comments and joins continued lines', () => {
    expect(splitScript('# setup\n\nkubectl get \\\n  pods\ncurl x # trailing\n')).toEqual([
      { text: 'kubectl get   pods' },
      { text: 'curl x # trailing' },
    ]);
  });

  it('feeds a here-document to standard input, any delimiter word', () => {
    expect(splitScript("kubectl apply -f - <<'YAML'\na: 1\nb: 2\nYAML\nkubectl get svc\n")).toEqual(
      [{ text: 'kubectl apply -f -', stdin: 'a: 1\nb: 2\n' }, { text: 'kubectl get svc' }],
    );
  });

  it('groups quoted words as a POSIX shell does', () => {
    expect(splitWords(`a "b c" 'd e' f\\ g "h\\"i" # comment`)).toEqual([
      'a',
      'b c',
      'd e',
      'f g',
      'h"i',
    ]);
  });
});
