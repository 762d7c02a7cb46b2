// Lesson ids in study-note order and grouped by note: `000-1-nodeport` is note 000, chapter 1.
// Numbers compare as numbers, so 002-2 comes before 002-10 (as `k8s-lab lesson list` orders them).

/** Compares lesson ids in study-note order. */
export const compareLessonIds: (a: string, b: string) => number = new Intl.Collator('en', {
  numeric: true,
}).compare;

/** The study note an id belongs to: its first number ("000"). */
export function noteOf(id: string): string {
  return id.split('-', 1)[0] ?? id;
}

export interface NoteGroup<T> {
  readonly note: string;
  readonly items: readonly T[];
}

/** Groups items by study note, notes and items in order. */
export function groupByNote<T extends { readonly id: string }>(
  items: readonly T[],
): NoteGroup<T>[] {
  const sorted = [...items].sort((a, b) => compareLessonIds(a.id, b.id));
  const groups: { note: string; items: T[] }[] = [];
  for (const item of sorted) {
    const note = noteOf(item.id);
    const last = groups.at(-1);
    if (last?.note === note) last.items.push(item);
    else groups.push({ note, items: [item] });
  }
  return groups;
}

/** What each study note follows (seeds/README.md), for the home's headings: books by their title. */
export const NOTE_SOURCES: Readonly<Record<string, { readonly en: string; readonly ko: string }>> =
  {
    '000': same('컨테이너 인프라 환경 구축을 위한 쿠버네티스/도커, ch. 3.3'),
    '001': same('Kubernetes in Action, ch. 5'),
    '002': same('시작하세요! 도커/쿠버네티스, ch. 6'),
    '003': {
      en: "a blog post following subicura's Kubernetes guide",
      ko: 'subicura의 쿠버네티스 안내서를 따라가는 블로그 글',
    },
    '004': same('Kubernetes 완벽 가이드, ch. 6.1-6.6'),
  };

function same(title: string): { readonly en: string; readonly ko: string } {
  return { en: title, ko: title };
}
