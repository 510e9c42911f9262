import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { NEW_TAB } from "@/components/common/new-tab";

/**
 * The frame of every embed: its content, then the source line and the link back to the figure's page on
 * the tracker. Every link inside an embed opens in a new tab (NEW_TAB): the host page stays where it is.
 */
export function EmbedFrame({
  children,
  source,
  href,
  testId,
}: {
  children: ReactNode;
  source: ReactNode;
  href: string;
  testId: string;
}) {
  const t = useTranslations("embed");
  const tm = useTranslations("meta");
  return (
    <Card className="flex flex-col gap-2 p-4" data-testid={testId}>
      {children}
      <div className="ink mt-1 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 text-xs">
        <div className="min-w-0">{source}</div>
        <a
          href={href}
          {...NEW_TAB}
          className="font-medium underline underline-offset-2"
          data-testid="embed-back"
        >
          {t("viewOn", { site: tm("title") })}
        </a>
      </div>
    </Card>
  );
}
