import { useTranslations } from "next-intl";
import { SourceLink } from "@/components/common/source-link";
import { Link } from "@/lib/i18n/navigation";
import type { ChangeView } from "@/lib/changes/log";

/** One entry of the change log: what, from what to what, why, on what source. */
export function ChangeEntry({ change: c, headingLevel = 3 }: { change: ChangeView; headingLevel?: 3 | 4 }) {
  const t = useTranslations("changes");
  const Heading = `h${headingLevel}` as const;
  const value = (v: string | null) => v ?? <em>{t("notRecorded")}</em>;
  return (
    <article id={`change-${c.id}`} className="py-3" data-testid="change-entry">
      <Heading className="change-title">
        <span className="change-kind" data-kind={c.kind}>
          {t(`kind.${c.kind}`)}
        </span>
        {c.href ? (
          <Link href={c.href} className="link-dotted">
            {c.title}
          </Link>
        ) : (
          <span>
            {c.title} <span className="font-normal">({t("gone")})</span>
          </span>
        )}
        {c.fieldLabel && <span className="font-normal">· {c.fieldLabel}</span>}
      </Heading>
      <dl className="change-facts">
        {c.previousId && c.kind !== "technical" && (
          <>
            <dt className="sr-only">{t("previousId", { id: "" })}</dt>
            <dd className="col-span-2 text-xs">{t("previousId", { id: c.previousId })}</dd>
          </>
        )}
        {c.kind !== "added" && (
          <>
            <dt>{t("was")}</dt>
            <dd className="line-through decoration-1 opacity-80">{value(c.old)}</dd>
          </>
        )}
        {c.kind !== "withdrawn" && (
          <>
            <dt>{t("now")}</dt>
            <dd>{value(c.new)}</dd>
          </>
        )}
        <dt>{t("why")}</dt>
        <dd>{c.reason}</dd>
        {c.source && (
          <dd className="col-span-2">
            <SourceLink source={c.source} />
          </dd>
        )}
      </dl>
    </article>
  );
}
