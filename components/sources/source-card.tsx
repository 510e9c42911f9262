import { useTranslations } from "next-intl";
import { SourceUrl } from "@/components/common/source-url";
import { Badge } from "@/components/common/badge";
import { PartialDate } from "@/components/common/partial-date";
import { Link } from "@/lib/i18n/navigation";
import type { SourceView } from "@/lib/queries/views";

/** A source with its details and everything in the dataset that rests on it. Anchored as #source-<id>. */
export function SourceCard({ source }: { source: SourceView }) {
  const t = useTranslations("sources");
  const ts = useTranslations("source");
  const s = source.supports;
  return (
    <article
      id={`source-${source.id}`}
      tabIndex={-1}
      className="edge h-full rounded-tremor-default border bg-white p-4 dark:bg-dark-tremor-background"
    >
      <div className="flex flex-wrap items-center gap-2 text-xs">
        {source.published ? (
          <PartialDate value={source.published} />
        ) : (
          <span data-testid="date-not-recorded">{ts("dateNotRecorded")}</span>
        )}
        <span className="rounded bg-tremor-background-subtle px-1.5 py-0.5 dark:bg-dark-tremor-background-subtle">
          {t(`kind.${source.kind}`)}
        </span>
        <span className="rounded bg-tremor-background-subtle px-1.5 py-0.5 dark:bg-dark-tremor-background-subtle">
          {t(`language.${source.language}`)}
        </span>
        <Badge kind="confidence" value={source.confidence} always />
      </div>
      <h2 className="ink-strong mt-1 font-medium">{source.publisher ?? ts("publisherNotRecorded")}</h2>
      {source.title ? (
        <p className="text-sm" lang={source.language}>
          {source.title}
        </p>
      ) : (
        <p className="text-sm italic" data-testid="title-not-recorded">
          {ts("titleNotRecorded")}
        </p>
      )}
      <p className="ink text-sm">{source.description}</p>
      <p className="mt-2 break-all text-sm">
        <SourceUrl url={source.url} none={t("noLink")} />
      </p>
      {source.retrievedFrom && (
        <p className="mt-1.5 break-all text-xs">
          {t("retrievedFrom")}{" "}
          <a
            href={source.retrievedFrom}
            rel="noopener noreferrer external"
            target="_blank"
            className="underline"
          >
            {source.retrievedFrom}
          </a>
        </p>
      )}
      <div className="mt-3 text-sm">
        <p className="font-medium">{t("supports")}</p>
        <ul className="mt-1 space-y-1">
          {s.indicators.map((i) => (
            <li key={i.id}>
              <Link
                href={{ pathname: `/directions/${i.direction}`, hash: `indicator-${i.id}` }}
                className="underline decoration-dotted"
              >
                {i.label}
              </Link>{" "}
              <span className="ink">{t("figures", { count: i.count })}</span>
            </li>
          ))}
          {s.measures.map((m) => (
            <li key={m.id}>
              <Link
                href={{ pathname: `/directions/${m.direction}`, hash: `measure-${m.id}` }}
                className="underline decoration-dotted"
              >
                {m.title}
              </Link>
            </li>
          ))}
          {s.targets.map((tg) => (
            <li key={tg.id}>{t("target", { label: tg.label })}</li>
          ))}
          {s.entities > 0 && <li>{t("entities", { count: s.entities })}</li>}
          {s.indicators.length + s.measures.length + s.targets.length + s.entities === 0 &&
            s.directions.length > 0 && <li>{t("directionsOnly")}</li>}
        </ul>
      </div>
    </article>
  );
}
