// GNU diff's unified format (`diff -u`): hunks of changed lines with three lines of context, from
// a longest-common-subsequence alignment of the two texts' lines.

/** One line of the alignment: kept in both, removed from the old text, or added in the new. */
type Edit = { readonly op: ' ' | '-' | '+'; readonly line: string };

/** Lines beyond which the alignment stops looking for common lines (the texts are replaced). */
const MAX_CELLS = 4_000_000;

function align(a: readonly string[], b: readonly string[]): Edit[] {
  // Common head and tail first: most edits touch a few lines in the middle.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++;
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  const middle: Edit[] = [];
  if ((x.length + 1) * (y.length + 1) > MAX_CELLS) {
    for (const line of x) middle.push({ op: '-', line });
    for (const line of y) middle.push({ op: '+', line });
  } else {
    // lcs[i][j]: the longest common subsequence of x[i..] and y[j..].
    const w = y.length + 1;
    const lcs = new Uint32Array((x.length + 1) * w);
    for (let i = x.length - 1; i >= 0; i--)
      for (let j = y.length - 1; j >= 0; j--)
        lcs[i * w + j] =
          x[i] === y[j]
            ? lcs[(i + 1) * w + j + 1]! + 1
            : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
    let i = 0;
    let j = 0;
    while (i < x.length || j < y.length) {
      if (i < x.length && j < y.length && x[i] === y[j]) {
        middle.push({ op: ' ', line: x[i]! });
        i++;
        j++;
      } else if (j >= y.length || (i < x.length && lcs[(i + 1) * w + j]! >= lcs[i * w + j + 1]!)) {
        middle.push({ op: '-', line: x[i]! });
        i++;
      } else {
        middle.push({ op: '+', line: y[j]! });
        j++;
      }
    }
  }
  return [
    ...a.slice(0, head).map((line) => ({ op: ' ' as const, line })),
    ...middle,
    ...a.slice(a.length - tail).map((line) => ({ op: ' ' as const, line })),
  ];
}

function lines(text: string): string[] {
  if (text === '') return [];
  const all = text.split('\n');
  if (all[all.length - 1] === '') all.pop();
  return all;
}

/** "start,count" of a hunk range, as diff prints it (a count of 1 is left out; 0 names the line before). */
function range(start: number, count: number): string {
  if (count === 0) return `${start - 1},0`;
  return count === 1 ? `${start}` : `${start},${count}`;
}

/**
 * The hunks of `diff -u` between two texts (without the ---/+++ header), or '' when they are the
 * same. Both texts are taken to end with a newline.
 */
export function unifiedHunks(before: string, after: string, context = 3): string {
  const edits = align(lines(before), lines(after));
  const changed = edits.map((e, i) => (e.op === ' ' ? -1 : i)).filter((i) => i >= 0);
  if (changed.length === 0) return '';
  // Group changes whose context overlaps (closer than 2 * context kept lines).
  const groups: [number, number][] = [];
  for (const i of changed) {
    const last = groups[groups.length - 1];
    if (last && i - last[1] <= 2 * context) last[1] = i;
    else groups.push([i, i]);
  }
  // Line numbers of each edit in the old and new text (1-based, the next line to come).
  const oldAt: number[] = [];
  const newAt: number[] = [];
  let o = 1;
  let n = 1;
  for (const e of edits) {
    oldAt.push(o);
    newAt.push(n);
    if (e.op !== '+') o++;
    if (e.op !== '-') n++;
  }
  const out: string[] = [];
  for (const [first, last] of groups) {
    const from = Math.max(0, first - context);
    const to = Math.min(edits.length - 1, last + context);
    const slice = edits.slice(from, to + 1);
    const oldCount = slice.filter((e) => e.op !== '+').length;
    const newCount = slice.filter((e) => e.op !== '-').length;
    out.push(`@@ -${range(oldAt[from]!, oldCount)} +${range(newAt[from]!, newCount)} @@`);
    for (const e of slice) out.push(`${e.op}${e.line}`);
  }
  return out.join('\n') + '\n';
}
