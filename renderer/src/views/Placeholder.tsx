import type { ReactNode } from 'react';

/** A view that arrives with the reconciliation work; says what it will show. */
export function Placeholder({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="placeholder" aria-labelledby="placeholder-title">
      <h2 id="placeholder-title">{title}</h2>
      <p className="placeholder-note">Coming with reconciliation.</p>
      <p>{children}</p>
    </section>
  );
}
