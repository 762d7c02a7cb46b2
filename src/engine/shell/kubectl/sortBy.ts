// `kubectl get --sort-by=FIELD` (kubectl/pkg/cmd/get/sorter.go): the field as a relaxed JSONPath,
// the items ordered by Go's sort.Sort (not stable: ties end where Go leaves them) with kubectl's
// Less: an item without the field first, null before values, numbers by value, strings by
// sortorder.NaturalLess unless both are quantities ("100m" < "1"); other types stop kubectl.
import type { KubeObject } from '../../api/objects.ts';
import { goSortArray } from '../../util/goSort.ts';
import { naturalLess } from '../../util/naturalLess.ts';
import { jsonpathValues, JsonPathError } from '../jsonpath.ts';
import { parseQuantity } from '../describeNode.ts';

const RELAXED = /^\{\.?([^{}]+)\}$|^\.?([^{}]+)$/;

/** get.RelaxedJSONPathExpression: "a.b", ".a.b", "{a.b}" and "{.a.b}" all mean "{.a.b}". */
export function relaxedJsonPath(expression: string): string | null {
  if (expression === '') return expression;
  const m = RELAXED.exec(expression);
  if (!m) return null;
  return `{.${m[1] ?? m[2]}}`;
}

export const RELAXED_ERROR =
  "error: unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'";

/** Why kubectl could not sort (printed after `error: `, or as its fatal log line). */
export class SortError extends Error {
  constructor(
    message: string,
    readonly fatal = false,
  ) {
    super(message);
  }
}

/** resource.ParseQuantity's grammar: a signed decimal and a suffix, nothing around them. */
const QUANTITY = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E|[eE][+-]?\d+)?$/;

function goType(v: unknown): string {
  if (Array.isArray(v)) return '[]interface {}';
  if (typeof v === 'object') return 'map[string]interface {}';
  return typeof v === 'boolean' ? 'bool' : typeof v === 'number' ? 'float64' : 'string';
}

/** isLess on two found values (reflect.Interface: JSON decoded into interface{}). */
function isLess(field: string, holder: string, i: unknown, j: unknown): boolean {
  if (i === null && j === null) return false;
  if (i === null) return true;
  if (j === null) return false;
  const unsortable = (err: string) =>
    new SortError(
      `Field ${field} in ${holder} is an unsortable type: interface, err: ${err}`,
      true,
    );
  if (typeof i === 'number') {
    if (typeof j !== 'number') throw unsortable('unsortable interface: interface');
    return i < j;
  }
  if (typeof i === 'string') {
    if (typeof j !== 'string') throw unsortable('unsortable interface: interface');
    if (QUANTITY.test(i) && QUANTITY.test(j)) {
      const a = parseQuantity(i);
      const b = parseQuantity(j);
      if (a && b) return a.milli < b.milli;
    }
    return naturalLess(i, j);
  }
  throw unsortable(`unsortable type: ${goType(i)}`);
}

/**
 * The objects in kubectl's order for `field` (already relaxed): a table's rows (TableSorter) or a
 * list's items (RuntimeSort), which name different Go types when kubectl stops. Throws SortError
 * when no object has the field, or on a value kubectl cannot compare.
 */
export function sortObjects(
  objects: readonly KubeObject[],
  field: string,
  sorter: 'table' | 'list',
): KubeObject[] {
  const holder = sorter === 'table' ? '[][][]reflect.Value' : '*unstructured.Unstructured';
  let found: unknown[][];
  try {
    const plain = objects.map((o) => JSON.parse(JSON.stringify(o)) as unknown);
    found = plain.map((o) => jsonpathValues(field, o));
  } catch (e) {
    if (e instanceof JsonPathError) throw new SortError(`sorting error: ${e.message}`);
    throw e;
  }
  if (objects.length > 0 && !found.some((values) => values.length > 0))
    throw new SortError(`couldn't find any field with path "${field}" in the list of objects`);
  const rows = objects.map((object, n) => ({ object, values: found[n]! }));
  goSortArray(rows, (a, b) => {
    if (a.values.length === 0) return true;
    if (b.values.length === 0) return false;
    return isLess(field, holder, a.values[0], b.values[0]);
  });
  return rows.map((r) => r.object);
}
