"use client";

import { useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import { parseTheme, THEME_KEY, THEMES, type Theme } from "@/lib/ui/theme";

const ICON: Record<Theme, string> = { system: "◐", light: "☀", dark: "☾" };

// The stored choice, read from this browser's storage (the head script has already applied it); other
// tabs changing it notify through the storage event, this one through `changed`.
const listeners = new Set<() => void>();
/** This tab's choice, when storage could not keep it. */
let current: Theme | null = null;
function subscribe(listener: () => void) {
  const fromOtherTab = () => {
    current = null;
    listener();
  };
  listeners.add(listener);
  window.addEventListener("storage", fromOtherTab);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", fromOtherTab);
  };
}
function stored(): Theme {
  try {
    return parseTheme(window.localStorage.getItem(THEME_KEY));
  } catch {
    return "system"; // storage unavailable: the system theme applies
  }
}
const snapshot = () => current ?? stored();
const changed = (theme: Theme) => {
  current = theme;
  listeners.forEach((l) => l());
};

/** Cycles system → light → dark. The choice stays in this browser (local storage); pages stay cacheable. */
export function ThemeToggle() {
  const t = useTranslations("layout.theme");
  const theme = useSyncExternalStore(subscribe, snapshot, () => "system" as const);
  const next = THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length] ?? "system";
  function apply() {
    const root = document.documentElement;
    root.classList.remove("light", "dark");
    if (next !== "system") root.classList.add(next);
    try {
      if (next === "system") window.localStorage.removeItem(THEME_KEY);
      else window.localStorage.setItem(THEME_KEY, next);
    } catch {
      /* storage unavailable: the choice lasts for this page */
    }
    changed(next);
  }
  return (
    <button
      type="button"
      onClick={apply}
      title={t("switchTo", { theme: t(next) })}
      aria-label={`${t("label")}: ${t(theme)}. ${t("switchTo", { theme: t(next) })}`}
      className="edge hover-fill flex h-8 items-center gap-1 rounded-md border px-2 text-sm"
    >
      <span aria-hidden>{ICON[theme]}</span>
      {/* The name shows where there is room: not on phones, nor in the one-row header from 1024 px. */}
      <span className="hidden sm:inline lg:hidden">{t(theme)}</span>
    </button>
  );
}
