// ConfigMap and Secret: key names, Secret type defaulting, base64 data, stringData
// (pkg/apis/core/v1/defaults.go SetDefaults_Secret, pkg/apis/core/validation ValidateSecret /
// ValidateConfigMap, apimachinery IsConfigMapKey).
import { invalid, required, type FieldError } from './fieldErrors.ts';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const CONFIG_KEY = /^[-._a-zA-Z0-9]+$/;
// The examples are joined like the DNS messages (names.ts): hence the two spaces before each "or".
const CONFIG_KEY_MSG =
  "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')";

function validateKeys(field: string, data: unknown): FieldError[] {
  if (!isObj(data)) return [];
  return Object.keys(data).flatMap((k) => {
    const path = `${field}[${k}]`;
    if (k.length > 253) return [invalid(path, k, 'must be no more than 253 characters')];
    if (!CONFIG_KEY.test(k)) return [invalid(path, k, CONFIG_KEY_MSG)];
    if (k === '.' || k === '..') return [invalid(path, k, `must not be '${k}'`)];
    if (k.startsWith('..')) return [invalid(path, k, "must not start with '..'")];
    return [];
  });
}

/**
 * The offset encoding/base64 (StdEncoding) reports in "illegal base64 data at input byte N", or -1
 * when the text decodes: the first byte outside the alphabet, or the start of an incomplete
 * 4-byte quantum. Go skips CR and LF; so do we (offsets then count the remaining bytes).
 */
export function base64ErrorOffset(raw: string): number {
  const text = raw.replace(/[\r\n]/g, '');
  const bad = /[^A-Za-z0-9+/=]/.exec(text);
  if (bad) return bad.index;
  const pad = text.indexOf('=');
  if (pad >= 0 && (text.length % 4 !== 0 || pad < text.length - 2 || /[^=]/.test(text.slice(pad))))
    return pad;
  if (text.length % 4 !== 0) return text.length - (text.length % 4);
  return -1;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** UTF-8 text as standard base64 (what the server stores for a `stringData` value). */
export function toBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b, c] = [bytes[i]!, bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]!;
    out += b === undefined ? '=' : B64[(n >> 6) & 63]!;
    out += c === undefined ? '=' : B64[n & 63]!;
  }
  return out;
}

export interface DecodedBody {
  readonly body: Obj;
  readonly errors: readonly FieldError[];
  /** A body the server cannot even decode (BadRequest, before validation). */
  readonly decodeError?: string;
}

export function admitConfigMap(body: Obj): DecodedBody {
  return {
    body,
    errors: [...validateKeys('data', body.data), ...validateKeys('binaryData', body.binaryData)],
  };
}

/**
 * A Secret: `type` defaults to Opaque; every `data` value must be base64 (a decoding error, not a
 * validation error); `stringData` is merged into `data` by the server and never stored.
 */
export function admitSecret(input: Obj): DecodedBody {
  const data: Record<string, string> = {};
  if (isObj(input.data)) {
    for (const [k, v] of Object.entries(input.data)) {
      const text = typeof v === 'string' ? v : String(v ?? '');
      const at = base64ErrorOffset(text);
      // Message shape of encoding/base64.CorruptInputError wrapped by the decoder; the exact
      // prefix differs between API server releases (json-iterator before v1.24 added position
      // context), so this is the current form only.
      if (at >= 0) {
        return {
          body: input,
          errors: [],
          decodeError: `Secret in version "v1" cannot be handled as a Secret: illegal base64 data at input byte ${at}`,
        };
      }
      data[k] = text;
    }
  }
  const errors = [...validateKeys('data', input.data), ...validateKeys('data', input.stringData)];
  if (isObj(input.stringData)) {
    for (const [k, v] of Object.entries(input.stringData)) {
      data[k] = toBase64(String(v ?? ''));
    }
  }
  const { stringData: _dropped, ...rest } = input;
  const type = typeof input.type === 'string' && input.type !== '' ? input.type : 'Opaque';
  if (type === 'kubernetes.io/tls') {
    for (const key of ['tls.crt', 'tls.key'])
      if (!(key in data)) errors.push(required(`data[${key}]`));
  }
  return {
    body: { ...rest, ...(Object.keys(data).length ? { data } : {}), type },
    errors,
  };
}
