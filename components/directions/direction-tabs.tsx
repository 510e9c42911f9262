import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { DirectionSummary } from "@/lib/queries/views";

export function DirectionTabs({ directions, current }: { directions: DirectionSummary[]; current: string }) {
  const t = useTranslations("direction");
  return (
    <nav aria-label={t("tabsLabel")}>
      <ul className="edge flex flex-wrap gap-x-1 border-b print:hidden">
        {directions.map((d) => (
          <li key={d.code}>
            <Link
              href={`/directions/${d.code}`}
              aria-current={d.code === current ? "page" : undefined}
              className={`block whitespace-nowrap border-b-2 px-3 py-2 text-sm font-medium ${
                d.code === current
                  ? "border-tremor-brand text-tremor-brand-emphasis dark:border-dark-tremor-brand dark:text-dark-tremor-brand-emphasis"
                  : "border-transparent hover:border-tremor-border dark:hover:border-dark-tremor-border"
              }`}
            >
              {d.order}. {d.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
