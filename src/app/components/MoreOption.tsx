// The entries a list of choices leaves out (firstOf.ts), as a last option that cannot be chosen.
import { useT } from '../i18n/i18n.ts';

export function MoreOption({ n }: { readonly n: number }) {
  const t = useT();
  if (n === 0) return null;
  return (
    <option disabled value={`more:${n}`}>
      {t('request.more', { n })}
    </option>
  );
}
