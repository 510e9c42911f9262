"use client";

import { useTranslations } from "next-intl";

// Shown if the data could not be loaded at all; never shows a stack trace.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("errorPage");
  return (
    <div role="alert" className="mx-auto max-w-lg py-16 text-center">
      <h1 className="ink-strong text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2">{t("body")}</p>
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded-tremor-default bg-tremor-brand px-4 py-2 font-medium text-white hover:bg-tremor-brand-emphasis"
      >
        {t("retry")}
      </button>
    </div>
  );
}
