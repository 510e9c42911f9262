"use client";

import { useEffect, useId, useMemo, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import useSWR from "swr";
import { useRouter } from "@/lib/i18n/navigation";
import type { SearchResults } from "@/lib/search/search";
import { fetchJson } from "@/lib/swr/fetcher";
import { MAX_QUERY_LENGTH } from "@/lib/filter/search-params";
import { SEARCH_BUTTON_ATTR } from "./search-keys";

/**
 * The header's search over everything: a button (or "/", or Ctrl/⌘-K: see search-keys.ts) opens a modal
 * dialog with a combobox; results come grouped by kind from /api/v1/search, in all three languages at once. ↑/↓ move
 * through the results, Enter opens one, Escape closes the dialog and gives focus back.
 */
export function SearchDialog() {
  const t = useTranslations("search");
  const locale = useLocale();
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [q, setQ] = useState("");
  const [asked, setAsked] = useState("");
  const [active, setActive] = useState(0);
  const listId = useId();
  const hintId = useId();

  const open = () => {
    if (!dialog.current?.open) dialog.current?.showModal();
    input.current?.select();
  };

  // The shortcuts are the header's inline script's (search-keys.ts): it opens the search through this,
  // and a shortcut pressed before the dialog was ready opens it now.
  useEffect(() => {
    const w = window;
    w.__bjaiOpenSearch = open;
    if (w.__bjaiSearchAsked) {
      w.__bjaiSearchAsked = false;
      open();
    }
    return () => {
      if (w.__bjaiOpenSearch === open) w.__bjaiOpenSearch = undefined;
    };
  }, []);

  // Ask once the reader pauses: one request per word, not per key.
  useEffect(() => {
    const id = setTimeout(() => setAsked(q.trim().slice(0, MAX_QUERY_LENGTH)), 120);
    return () => clearTimeout(id);
  }, [q]);

  const url = asked ? `/api/v1/search?q=${encodeURIComponent(asked)}&locale=${locale}` : null;
  const { data, error, isLoading } = useSWR<{ data: SearchResults }>(url, fetchJson, {
    keepPreviousData: true,
    revalidateOnFocus: false,
  });
  const results = asked && data ? data.data : null;
  // Results of an earlier query (still shown while the new one loads) are not the ones Enter opens.
  const currentQ = q.trim().slice(0, MAX_QUERY_LENGTH);
  const fresh = results !== null && results.q === currentQ;
  const flat = useMemo(() => results?.groups.flatMap((g) => g.results) ?? [], [results]);
  const current = Math.min(active, Math.max(flat.length - 1, 0));
  const optionId = (i: number) => `${listId}-o${i}`;

  const go = (href: string) => {
    dialog.current?.close();
    router.push(href);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    // Keys that confirm or move a Chinese or Korean input method's composition are its own.
    if (e.nativeEvent.isComposing || e.keyCode === 229) return;
    if (e.key === "Escape") {
      // A search field would only clear itself: Escape closes the search, as everywhere else.
      e.preventDefault();
      dialog.current?.close();
    } else if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (flat.length === 0) return;
      const next = (current + (e.key === "ArrowDown" ? 1 : -1) + flat.length) % flat.length;
      setActive(next);
      document.getElementById(optionId(next))?.scrollIntoView({ block: "nearest" });
    } else if (e.key === "Enter") {
      e.preventDefault();
      const chosen = fresh ? flat[current] : undefined;
      if (chosen) go(chosen.href);
      else if (q.trim()) go(`/search?q=${encodeURIComponent(q.trim().slice(0, MAX_QUERY_LENGTH))}`);
    }
  };

  let index = -1;
  return (
    <>
      <button
        ref={button}
        type="button"
        onClick={open}
        aria-haspopup="dialog"
        aria-keyshortcuts="/ Control+K Meta+K"
        title={t("shortcut")}
        data-testid="search-open"
        {...{ [SEARCH_BUTTON_ATTR]: "" }}
        className="edge ink hover-fill inline-flex h-9 items-center gap-2 rounded-md border px-2.5 text-sm print:hidden"
      >
        <svg
          aria-hidden
          viewBox="0 0 20 20"
          className="h-4 w-4"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <circle cx="8.5" cy="8.5" r="5.5" />
          <path d="m13 13 4.5 4.5" strokeLinecap="round" />
        </svg>
        <span>{t("open")}</span>
        <kbd className="edge hidden rounded border px-1 text-xs sm:inline">/</kbd>
      </button>
      <dialog
        ref={dialog}
        aria-label={t("title")}
        data-testid="search-dialog"
        onClose={() => {
          setActive(0);
          // Opened from the keyboard shortcut, focus had no control to go back to: the search button.
          setTimeout(() => {
            const at = document.activeElement;
            if (!at || at === document.body || dialog.current?.contains(at)) button.current?.focus();
          }, 0);
        }}
        onClick={(e) => {
          if (e.target === dialog.current) dialog.current.close();
        }}
        className="edge ink-strong mt-[8vh] w-[min(40rem,calc(100vw-1.5rem))] max-w-none rounded-lg border bg-white p-0 shadow-xl backdrop:bg-gray-950/40 dark:bg-gray-950"
      >
        <div className="edge flex items-center gap-2 border-b p-3">
          <input
            ref={input}
            type="search"
            role="combobox"
            aria-label={t("label")}
            aria-expanded={flat.length > 0}
            aria-controls={listId}
            aria-activedescendant={flat.length > 0 ? optionId(current) : undefined}
            aria-autocomplete="list"
            aria-describedby={hintId}
            autoComplete="off"
            spellCheck={false}
            maxLength={MAX_QUERY_LENGTH}
            placeholder={t("placeholder")}
            value={q}
            onChange={(e) => {
              setQ(e.target.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
            data-testid="search-input"
            className="edge h-10 min-w-0 flex-1 rounded-md border bg-transparent px-3 text-base"
          />
          <button
            type="button"
            onClick={() => dialog.current?.close()}
            className="hover-fill h-10 rounded-md px-3 text-sm"
          >
            {t("close")}
          </button>
        </div>
        <p id={hintId} className="ink px-3 pt-2 text-xs">
          {t("hint")}
        </p>
        {/* Scrollable, so reachable from the keyboard too (the arrow keys in the field also scroll it). */}
        <div className="max-h-[60vh] overflow-y-auto p-2" tabIndex={0} role="region" aria-label={t("title")}>
          <p role="status" className="px-1 py-1 text-sm" data-testid="search-status">
            {!asked
              ? t("typeToSearch")
              : error
                ? t("error", { detail: error instanceof Error ? error.message : String(error) })
                : isLoading && !results
                  ? t("loading")
                  : results && results.total === 0
                    ? t("none", { q: asked })
                    : results
                      ? t("results", { count: results.total })
                      : ""}
          </p>
          <div id={listId} role="listbox" aria-label={t("title")} data-testid="search-results">
            {results?.groups.map((g) => (
              <div key={g.kind} role="group" aria-labelledby={`${listId}-${g.kind}`} className="mt-2">
                <p
                  id={`${listId}-${g.kind}`}
                  className="ink px-1 text-xs font-semibold uppercase tracking-wide"
                >
                  {t(`kinds.${g.kind}`)} ({g.total})
                </p>
                {g.results.map((r) => {
                  index += 1;
                  const i = index;
                  return (
                    <div
                      key={`${r.kind}-${r.id}`}
                      id={optionId(i)}
                      role="option"
                      aria-selected={i === current}
                      data-href={`/${locale}${r.href}`}
                      onMouseMove={() => setActive(i)}
                      onClick={() => go(r.href)}
                      className={`cursor-pointer rounded-md px-2 py-1.5 text-sm ${i === current ? "bg-tremor-brand-muted dark:bg-dark-tremor-brand-muted" : ""}`}
                    >
                      <span className="block font-medium">{r.title}</span>
                      {r.detail && <span className="ink block text-xs">{r.detail}</span>}
                    </div>
                  );
                })}
              </div>
            ))}
          </div>
          {results && results.total > flat.length && (
            <a
              href={`/${locale}/search?q=${encodeURIComponent(asked)}`}
              className="mt-2 block px-1 text-sm underline underline-offset-2"
              data-testid="search-all"
            >
              {t("all")}
            </a>
          )}
        </div>
      </dialog>
    </>
  );
}
