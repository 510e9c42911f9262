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
      <h2
        id={`${id}-title`}
        className="text-lg font-semibold text-tremor-content-strong dark:text-dark-tremor-content-strong"
      >
        {title}
      </h2>
      {intro && <div className="mt-1 max-w-3xl text-sm">{intro}</div>}
      <div className="mt-4">{children}</div>
    </section>
  );
}
