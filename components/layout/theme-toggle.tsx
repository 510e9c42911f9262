"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { THEME_COOKIE, THEMES, type Theme } from "@/lib/ui/theme";

const ICON: Record<Theme, string> = { system: "◐", light: "☀", dark: "☾" };

/** Cycles system → light → dark. The choice is kept in a cookie so the server renders it on the next visit. */
export function ThemeToggle({ initial }: { initial: Theme }) {
  const t = useTranslations("layout.theme");
  const [theme, setTheme] = useState<Theme>(initial);
  const next = THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length] ?? "system";
  function apply() {
    const root = document.documentElement;
    root.classList.remove("light", "dark");
    if (next !== "system") root.classList.add(next);
    document.cookie = `${THEME_COOKIE}=${next}; path=/; max-age=31536000; samesite=lax`;
    setTheme(next);
  }
  return (
    <button
      type="button"
      onClick={apply}
      title={t("switchTo", { theme: t(next) })}
      aria-label={`${t("label")}: ${t(theme)}. ${t("switchTo", { theme: t(next) })}`}
      className="flex h-8 items-center gap-1 rounded-md border border-tremor-border px-2 text-sm hover:bg-tremor-background-subtle dark:border-dark-tremor-border dark:hover:bg-dark-tremor-background-subtle"
    >
      <span aria-hidden>{ICON[theme]}</span>
      <span className="hidden sm:inline">{t(theme)}</span>
    </button>
  );
}
