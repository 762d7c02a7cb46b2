// The lab shell's script syntax (spec/cli.md): one command per line, `#` comments, `\` line
// continuations, POSIX quoting, and here-documents feeding standard input.

export interface ScriptCommand {
  /** The command as typed, continuations joined, here-document body excluded. */
  readonly text: string;
  readonly stdin?: string;
}

/** Splits a line into words with POSIX single/double quoting; stops at an unquoted `#`. */
export function splitWords(line: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === "'") {
      const end = line.indexOf("'", i + 1);
      word += line.slice(i + 1, end < 0 ? line.length : end);
      i = end < 0 ? line.length : end;
      inWord = true;
    } else if (ch === '"') {
      i++;
      while (i < line.length && line[i] !== '"') {
        if (line[i] === '\\' && i + 1 < line.length && '"\\$`'.includes(line[i + 1]!)) i++;
        word += line[i];
        i++;
      }
      inWord = true;
    } else if (ch === '\\' && i + 1 < line.length) {
      word += line[++i];
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else if (ch === '#' && !inWord) {
      break;
    } else {
      word += ch;
      inWord = true;
    }
  }
  if (inWord) words.push(word);
  return words;
}

const HEREDOC = /<<(-?)\s*(['"]?)([A-Za-z_][A-Za-z0-9_]*)\2/;

/** Splits a script into commands, each with its here-document as standard input. */
export function splitScript(text: string): ScriptCommand[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out: ScriptCommand[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    while (line.endsWith('\\') && i + 1 < lines.length) line = line.slice(0, -1) + lines[++i];
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const here = HEREDOC.exec(line);
    if (!here) {
      out.push({ text: trimmed });
      continue;
    }
    const [, dash, , delimiter] = here;
    const body: string[] = [];
    while (++i < lines.length) {
      const l = dash ? lines[i]!.replace(/^\t+/, '') : lines[i]!;
      if (l === delimiter) break;
      body.push(l);
    }
    out.push({
      text: line.replace(HEREDOC, '').trim(),
      stdin: body.length ? body.join('\n') + '\n' : '',
    });
  }
  return out;
}
