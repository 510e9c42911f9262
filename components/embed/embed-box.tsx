"use client";

import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { escapeXml } from "@/lib/format/escape";
import { CopyButton } from "@/components/ui/copy-button";
import { onOrigin, useLinkOrigin, type LinkOrigin } from "@/lib/ui/link-origin";

export interface EmbedTarget {
  kind: "figure" | "chart";
  /** The embed's absolute address, without the theme. */
  src: string;
  title: string;
  height: number;
}

/** The <iframe> code of an embed, escaped for an HTML attribute. */
export function iframeCode(target: EmbedTarget, theme: "light" | "dark"): string {
  const attr = escapeXml;
  return `<iframe src="${attr(`${target.src}?theme=${theme}`)}" title="${attr(target.title)}" width="100%" height="${target.height}" style="border:0;max-width:720px" loading="lazy"></iframe>`;
}

/**
 * "Embed": the figure card or its series chart as an <iframe> for another site, light or dark, with the
 * code to copy and a link to see the embed on its own.
 */
export function EmbedBox({ targets, site }: { targets: readonly EmbedTarget[]; site: LinkOrigin }) {
  const t = useTranslations("embed");
  const origin = useLinkOrigin(site);
  const [kind, setKind] = useState(targets[0]?.kind ?? "figure");
  const [theme, setTheme] = useState<"light" | "dark">("light");
  const what = useId();
  const colours = useId();
  const codeId = useId();
  const chosen = targets.find((x) => x.kind === kind) ?? targets[0];
  if (!chosen) return null;
  // The address the server wrote, on the page's own origin unless SITE_ORIGIN is configured.
  const target = { ...chosen, src: onOrigin(chosen.src, site, origin) };
  const code = iframeCode(target, theme);
  const radio = "flex items-center gap-1.5 text-sm";
  return (
    <div data-testid="embed-box" className="print:hidden">
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        {targets.length > 1 && (
          <fieldset className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <legend className="mb-1 text-xs font-medium">{t("what")}</legend>
            {targets.map((x) => (
              <label key={x.kind} className={radio}>
                <input type="radio" name={what} checked={x.kind === kind} onChange={() => setKind(x.kind)} />
                {t(x.kind)}
              </label>
            ))}
          </fieldset>
        )}
        <fieldset className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <legend className="mb-1 text-xs font-medium">{t("theme")}</legend>
          {(["light", "dark"] as const).map((x) => (
            <label key={x} className={radio}>
              <input type="radio" name={colours} checked={x === theme} onChange={() => setTheme(x)} />
              {t(x)}
            </label>
          ))}
        </fieldset>
      </div>
      <label htmlFor={codeId} className="mt-3 block text-xs font-medium">
        {t("code")}
      </label>
      <textarea
        id={codeId}
        readOnly
        value={code}
        rows={3}
        onFocus={(e) => e.currentTarget.select()}
        data-testid="embed-code"
        className="edge mt-1 w-full resize-none rounded-tremor-small border bg-tremor-background-muted p-2 font-mono text-xs dark:bg-dark-tremor-background-subtle"
      />
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <CopyButton text={code} labels={{ copy: t("copy"), copied: t("copied"), failed: t("copyFailed") }} />
        <a
          href={`${target.src}?theme=${theme}`}
          target="_blank"
          rel="noopener"
          className="text-sm underline underline-offset-2"
        >
          {t("preview")}
        </a>
      </div>
    </div>
  );
}
