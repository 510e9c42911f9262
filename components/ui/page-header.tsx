import type { ReactNode } from "react";

/** A page's title and introduction: one h1 per page, in the same type scale everywhere. */
export function PageHeader({
  title,
  intro,
  eyebrow,
  children,
  className = "mb-6",
}: {
  title: ReactNode;
  intro?: ReactNode;
  /** A short line above the title (e.g. "Direction 2"). */
  eyebrow?: ReactNode;
  /** More lines under the introduction. */
  children?: ReactNode;
  className?: string;
}) {
  return (
    <header className={`${className} max-w-3xl`}>
      {eyebrow}
      <h1 className="ink-strong text-2xl font-semibold sm:text-3xl">{title}</h1>
      {intro !== undefined && <p className="mt-2">{intro}</p>}
      {children}
    </header>
  );
}
