// One way to turn a message into a sentence, for every language and every catalog (the engine's
// trace notes, the browser's labels): a catalog maps a key to a template whose `{name}`
// placeholders take the message's parameters. A parameter is text (a name, an address, a port:
// never translated) or another message (a phrase translated with the same catalog).

/** The languages the lab speaks. */
export type Language = 'en' | 'ko';

export const LANGUAGES: readonly Language[] = ['en', 'ko'];

export type MessageParam = string | number | Message;

/** A sentence to render later, in whichever language the reader chose. */
export interface Message<K extends string = string> {
  readonly key: K;
  readonly params?: Readonly<Record<string, MessageParam>>;
}

/** Key -> template. */
export type Catalog<K extends string = string> = Readonly<Record<K, string>>;

const PLACEHOLDER = /\{(\w+)\}/g;

/** Fills `template`'s `{name}` placeholders; nested messages are rendered through `lookup`. */
export function fill(
  template: string,
  params: Readonly<Record<string, MessageParam>> | undefined,
  lookup: (key: string) => string | undefined,
): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const v = params?.[name];
    if (v === undefined) return whole;
    if (typeof v === 'object') return format(lookup, v);
    return String(v);
  });
}

/** Renders a message through `lookup` (key -> template); an unknown key renders as the key itself. */
export function format(lookup: (key: string) => string | undefined, message: Message): string {
  const template = lookup(message.key);
  return template === undefined ? message.key : fill(template, message.params, lookup);
}

/** The placeholder names of a template, sorted (for checking that translations agree). */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))].sort();
}
