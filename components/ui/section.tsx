import type { ReactNode } from "react";

export function Section({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-title`} className="mt-10 first:mt-0">
      <h2 id={`${id}-title`} className="ink-strong text-lg font-semibold">
        {title}
      </h2>
      {intro && <div className="mt-1 max-w-3xl text-sm">{intro}</div>}
      <div className="mt-4">{children}</div>
    </section>
  );
}
