import { recordPage } from "@/lib/queries/pages";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/common/badge";
import { PartialDate } from "@/components/common/partial-date";
import { SourceLink } from "@/components/common/source-link";
import { Link } from "@/lib/i18n/navigation";
import type { DocumentView } from "@/lib/queries/documents";

/** A policy document: number, official title, issuers, date, and what rests on it. Anchored as #document-<id>. */
export function DocumentCard({ doc }: { doc: DocumentView }) {
  const t = useTranslations("documents");
  const ts = useTranslations("source");
  const ti = useTranslations("instrument");
  return (
    <article
      id={`document-${doc.id}`}
      tabIndex={-1}
      data-testid={`document-${doc.id}`}
      className="edge h-full rounded-tremor-default border bg-white p-4 dark:bg-dark-tremor-background"
    >
      <div className="flex flex-wrap items-center gap-2 text-xs">
        {doc.published ? <PartialDate value={doc.published} /> : <span>{ts("dateNotRecorded")}</span>}
        <span className="rounded bg-tremor-background-subtle px-1.5 py-0.5 dark:bg-dark-tremor-background-subtle">
          {ti(doc.instrument)}
        </span>
        <Badge kind="confidence" value={doc.confidence} always />
      </div>
      <h2 className="ink-strong mt-1 font-medium">{doc.name}</h2>
      <p className="text-sm" lang="zh">
        {doc.number ?? <span className="italic">{t("numberNone")}</span>}
        {doc.title ? (
          <>
            {" · "}
            {doc.title}
          </>
        ) : (
          <span className="italic"> · {ts("titleNotRecorded")}</span>
        )}
      </p>
      <p className="ink text-xs">
        {doc.issuers.length > 0 ? doc.issuers.join("; ") : t("issuersNotRecorded")}
      </p>
      {doc.url && (
        <p className="mt-1 break-all text-xs">
          <a href={doc.url} rel="noopener noreferrer external" target="_blank" className="underline">
            {doc.url}
          </a>
        </p>
      )}
      <dl className="mt-3 space-y-2 text-sm">
        <div>
          <dt className="font-medium">{t("targets")}</dt>
          <dd>
            {doc.targets.length === 0 ? (
              t("none")
            ) : (
              <ul className="mt-1 space-y-1">
                {doc.targets.map((tg) => (
                  <li key={tg.id} className="flex flex-wrap items-center gap-2">
                    <Link
                      href={`/directions/${tg.direction}#target-${tg.id}`}
                      className="underline decoration-dotted"
                    >
                      {tg.label}
                    </Link>
                    <Badge kind="target" value={tg.status} />
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        {doc.indicators.length > 0 && (
          <div>
            <dt className="font-medium">{t("indicators")}</dt>
            <dd>
              {doc.indicators.map((i, n) => (
                <span key={i.id}>
                  {n > 0 && ", "}
                  <Link
                    href={recordPage.indicator(i.direction, i.id)}
                    className="underline decoration-dotted"
                  >
                    {i.label}
                  </Link>
                </span>
              ))}
            </dd>
          </div>
        )}
        {doc.measures.length > 0 && (
          <div>
            <dt className="font-medium">{t("measures")}</dt>
            <dd>
              {doc.measures.map((m, n) => (
                <span key={m.id}>
                  {n > 0 && ", "}
                  <Link
                    href={`/directions/${m.direction}#measure-${m.id}`}
                    className="underline decoration-dotted"
                  >
                    {m.title}
                  </Link>
                </span>
              ))}
            </dd>
          </div>
        )}
        <div>
          <dt className="font-medium">{t("sources")}</dt>
          <dd className="text-xs">
            {doc.sources.length === 0
              ? t("none")
              : doc.sources.map((s, n) => (
                  <span key={s.id}>
                    {n > 0 && "; "}
                    <SourceLink source={s} />
                  </span>
                ))}
          </dd>
        </div>
      </dl>
    </article>
  );
}
