"use client";

import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useMeta, type Meta } from "@/lib/swr/use-meta";

/**
 * Watches the dataset version. When it changes, the page re-renders in place with the new data and says
 * so; when the API cannot be reached, the page keeps its data with a quiet notice and keeps retrying.
 */
export function LiveData({ initial, refreshSeconds }: { initial: Meta; refreshSeconds: number }) {
  const t = useTranslations("live");
  const locale = useLocale();
  const router = useRouter();
  const { data, error } = useMeta(initial, refreshSeconds);
  const [shown, setShown] = useState(initial.version);
  const [updatedAt, setUpdatedAt] = useState<Date | null>(null);
  // A new version arrived: remember it now, re-render the server parts of the page just after.
  if (data && data.version !== null && data.version !== shown) {
    setShown(data.version);
    setUpdatedAt(new Date());
  }
  useEffect(() => {
    // Every section of the page, tables included, is rebuilt on the server from the new data: the server
    // dropped the pages of the old version when it swapped the data in (lib/server/page-cache.mjs), so one
    // refresh brings the new page. Should it still be the older one (a replica that had not yet noticed the
    // change, a failed request), it asks again every few seconds until it is not.
    const latest = data?.version;
    if (!latest || latest === initial.version) return;
    router.refresh();
    const id = window.setInterval(() => router.refresh(), 5000);
    return () => window.clearInterval(id);
  }, [data?.version, initial.version, router]);

  const time = (d: Date) => new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit" }).format(d);
  return (
    <div aria-live="polite" className="text-xs print:hidden" data-testid="live-data" data-version={shown}>
      {error ? (
        <span className="text-amber-700 dark:text-amber-300">{t("offline")}</span>
      ) : updatedAt ? (
        <span className="text-emerald-700 dark:text-emerald-400">
          {t("updated", { time: time(updatedAt) })}
        </span>
      ) : null}
    </div>
  );
}
