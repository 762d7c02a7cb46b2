// Go's text/tabwriter, as kubectl describe uses it (tabwriter.NewWriter(out, 0, 8, 2, ' ', 0)):
// cells end at a tab; a column is aligned only across a run of consecutive lines that all have a
// tab-terminated cell in it, so a line without tabs ("Containers:") starts new blocks below it.
// The text after a line's last tab is never padded; an empty terminated cell still is, which is why
// `Endpoints:` with nothing ready ends in spaces (reference §9.6).

export function tabwrite(text: string, padding = 2, minWidth = 0): string {
  const lines = text.split('\n');
  const trailingNewline = lines[lines.length - 1] === '';
  if (trailingNewline) lines.pop();
  const cells = lines.map((l) => l.split('\t'));
  const out: string[] = cells.map(() => '');
  const widths: number[] = [];
  const width = (s: string) => [...s].length;

  // The recursion of tabwriter.format: a block of lines sharing column `widths.length`.
  const format = (line0: number, line1: number): void => {
    const column = widths.length;
    let start = line0;
    for (let i = line0; i < line1; i++) {
      if (column >= cells[i]!.length - 1) continue;
      emit(start, i);
      let w = minWidth;
      let j = i;
      for (; j < line1 && column < cells[j]!.length - 1; j++) {
        w = Math.max(w, width(cells[j]![column]!) + padding);
      }
      widths.push(w);
      format(i, j);
      widths.pop();
      start = j;
      i = j - 1;
    }
    emit(start, line1);
  };
  const emit = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      out[i] = cells[i]!.map((c, j) =>
        j < widths.length ? c + ' '.repeat(Math.max(0, widths[j]! - width(c))) : c,
      ).join('');
    }
  };
  format(0, lines.length);
  return out.join('\n') + (trailingNewline ? '\n' : '');
}
