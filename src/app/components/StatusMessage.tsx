import type { ReactNode } from 'react';

export function StatusMessage({
  title,
  tone = 'info',
  children,
}: {
  readonly title: string;
  readonly tone?: 'info' | 'error';
  readonly children: ReactNode;
}) {
  return (
    <div className={`status-message is-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <h2>{title}</h2>
      <p>{children}</p>
    </div>
  );
}
