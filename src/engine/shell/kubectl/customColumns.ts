// `kubectl get -o custom-columns=HEADER:FIELD,...` (cli-runtime's CustomColumnsPrinter): each
// FIELD a relaxed JSONPath, every value it finds printed as Go's fmt.Sprint prints it and joined by
// commas, `<none>` when it finds nothing; one header line, then a line per object, in kubectl's
// tabwriter (padding 3, columns of at least 6).
import type { KubeObject } from '../../api/objects.ts';
import { jsonpathValues } from '../jsonpath.ts';
import { renderTable } from '../table.ts';
import { relaxedJsonPath, RELAXED_ERROR } from './sortBy.ts';

export interface Column {
  readonly header: string;
  readonly field: string;
}

/** NewCustomColumnsPrinterFromSpec: the columns, or kubectl's error line. */
export function parseCustomColumns(spec: string): Column[] | string {
  if (spec === '') return 'error: custom-columns format specified but no custom columns given';
  const columns: Column[] = [];
  for (const part of spec.split(',')) {
    const colon = part.indexOf(':');
    if (colon < 0)
      return `error: unexpected custom-columns spec: ${part}, expected <header>:<json-path-expr>`;
    const field = relaxedJsonPath(part.slice(colon + 1));
    if (field === null) return RELAXED_ERROR;
    columns.push({ header: part.slice(0, colon), field });
  }
  return columns;
}

/**
 * strconv.FormatFloat(f, 'g', -1, 64), as %v prints a float64 that is not a whole number: the
 * shortest digits, in exponent form when the exponent is below -4 or at least 6.
 */
function goFloat(f: number): string {
  const [mantissa, exponent] = f.toExponential().split('e') as [string, string];
  const exp = Number(exponent);
  if (exp < -4 || exp >= 6) {
    const sign = exp < 0 ? '-' : '+';
    return `${mantissa}e${sign}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  return String(f);
}

/** fmt.Sprint of a JSON value decoded into interface{} (whole numbers are int64). */
export function goSprint(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : goFloat(v);
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(goSprint).join(' ')}]`;
  const entries = Object.entries(v as Record<string, unknown>)
    .filter(([, x]) => x !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `map[${entries.map(([k, x]) => `${k}:${goSprint(x)}`).join(' ')}]`;
}

/** printers.EscapeTerminal: an escape character or carriage return cannot reach the terminal. */
const escapeTerminal = (s: string) => s.replaceAll('\u001b', '^[').replaceAll('\r', '\\r');

export function printCustomColumns(
  columns: readonly Column[],
  objects: readonly KubeObject[],
  noHeaders: boolean,
): string {
  const rows = objects.map((o) => {
    const plain = JSON.parse(JSON.stringify(o)) as unknown;
    return columns.map((c) => {
      const values = jsonpathValues(c.field, plain);
      return values.length === 0
        ? '<none>'
        : values.map((v) => escapeTerminal(goSprint(v))).join(',');
    });
  });
  if (noHeaders) return rows.length ? renderTable(rows[0]!, rows.slice(1)) : '';
  return renderTable(
    columns.map((c) => c.header),
    rows,
  );
}
