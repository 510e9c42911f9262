"use client";

import { useId, useState, useSyncExternalStore } from "react";
import { noChange } from "@/lib/ui/hydrated";
import { useTranslations } from "next-intl";
import { CopyButton } from "@/components/ui/copy-button";
import {
  CITATION_MEDIA_TYPE,
  CITATION_STYLES,
  citation,
  type CitationStyle,
  type CitedFigure,
} from "@/lib/cite/citation";
import { onOrigin, useLinkOrigin, type LinkOrigin } from "@/lib/ui/link-origin";

const EXTENSION: Partial<Record<CitationStyle, string>> = { bibtex: "bib", ris: "ris" };

/** Today in the reader's time zone, as an ISO date. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/**
 * The citation of one figure in the style the reader picks, ready to copy (or to download for reference
 * managers). The server renders it with its own date and origin; in the browser the access date becomes
 * today, and the tracker's address the page's own unless SITE_ORIGIN is configured.
 */
export function CiteBox({
  figure,
  site,
  testId = "cite",
}: {
  figure: CitedFigure;
  /** The origin figure.url was written on; the address moves to the page's own when none is configured. */
  site: LinkOrigin;
  testId?: string;
}) {
  const t = useTranslations("cite");
  const [style, setStyle] = useState<CitationStyle>("apa");
  // The server's date while hydrating, then the reader's today.
  const accessed = useSyncExternalStore(noChange, today, () => figure.accessed);
  const name = useId();
  const origin = useLinkOrigin(site);
  const text = citation({ ...figure, url: onOrigin(figure.url, site, origin), accessed }, style);
  const ext = EXTENSION[style];

  return (
    <div data-testid={testId}>
      <fieldset className="flex flex-wrap gap-x-1 gap-y-1 print:hidden">
        <legend className="sr-only">{t("style")}</legend>
        {CITATION_STYLES.map((s) => (
          <label
            key={s}
            className={`cursor-pointer rounded-tremor-small border px-2.5 py-1 text-sm has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-tremor-brand ${
              s === style
                ? "border-tremor-brand bg-tremor-brand-faint text-tremor-brand-emphasis dark:border-dark-tremor-brand dark:bg-dark-tremor-brand-faint dark:text-dark-tremor-brand-emphasis"
                : "edge"
            }`}
          >
            <input
              type="radio"
              name={name}
              value={s}
              checked={s === style}
              onChange={() => setStyle(s)}
              className="sr-only"
            />
            {t(`styles.${s}`)}
          </label>
        ))}
      </fieldset>
      <pre
        className="edge mt-2 max-h-48 overflow-auto whitespace-pre-wrap break-words rounded-tremor-small border bg-tremor-background-muted p-3 text-xs [overflow-wrap:anywhere] dark:bg-dark-tremor-background-subtle"
        data-testid="citation-text"
        data-style={style}
        tabIndex={0}
        aria-label={t(`styles.${style}`)}
      >
        {text}
      </pre>
      <div className="mt-2 flex flex-wrap items-center gap-2 print:hidden">
        <CopyButton text={text} labels={{ copy: t("copy"), copied: t("copied"), failed: t("copyFailed") }} />
        {ext && (
          <a
            className="edge inline-flex h-9 items-center rounded-tremor-default border px-3 text-sm"
            href={`data:${CITATION_MEDIA_TYPE[style].split(";")[0]};charset=utf-8,${encodeURIComponent(text)}`}
            download={`${figure.id}.${ext}`}
          >
            {t("download", { ext })}
          </a>
        )}
      </div>
    </div>
  );
}
