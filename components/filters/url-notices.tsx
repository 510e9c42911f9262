"use client";

import { useTranslations } from "next-intl";
import type { UrlNotice } from "@/lib/filter/search-params";

/** Tells the reader which parts of the link were not understood and were ignored. */
export function UrlNotices({ notices, onClean }: { notices: UrlNotice[]; onClean: () => void }) {
  const t = useTranslations("notices");
  if (notices.length === 0) return null;
  return (
    <div
      role="status"
      data-testid="url-notices"
      className="mt-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
    >
      <p className="font-medium">{t("title")}</p>
      <ul className="mt-1 list-inside list-disc">
        {notices.map((n, i) => (
          <li key={i}>{t(n.reason, { param: n.param, value: n.value })}</li>
        ))}
      </ul>
      <button type="button" onClick={onClean} className="mt-2 font-medium underline">
        {t("clean")}
      </button>
    </div>
  );
}
