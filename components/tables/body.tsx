"use client";

import { useLayoutEffect, useRef, useState, type FocusEvent, type MouseEvent } from "react";
import { useRouter } from "next/navigation";
import type { ColumnSpec } from "@/lib/tables/columns";
import type { GridRow } from "@/lib/tables/row";
import { useHydrated } from "@/lib/ui/hydrated";
import { Row } from "./row";

type Shown = { row: GridRow; index: number }[];

/** What the body draws: these rows (the very objects, so new data is another drawing), columns and style. */
interface Drawing {
  rows: readonly GridRow[];
  layout: string;
}

const drawingOf = (
  shown: Shown,
  columns: readonly ColumnSpec[],
  compact: boolean,
  pads: number[],
): Drawing => ({
  rows: shown.map((s) => s.row),
  layout: `${compact}|${pads.join(",")}|${columns.map((c) => c.id).join(",")}`,
});

const sameDrawing = (a: Drawing, b: Drawing) =>
  a.layout === b.layout && a.rows.length === b.rows.length && a.rows.every((row, i) => row === b.rows[i]);

/**
 * Follows a plain click on a link in rows the browser has not drawn (see TableBody) as the client router
 * would: the next page without loading a new document.
 */
function useRowLinks() {
  const router = useRouter();
  return (event: MouseEvent<HTMLElement>) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element).closest("a[href]");
    const href = link?.getAttribute("href");
    if (!link || !href?.startsWith("/") || href.startsWith("//") || link.hasAttribute("target")) return;
    event.preventDefault();
    router.push(href);
  };
}

/**
 * Keeps the keyboard's place when React takes over adopted rows (new data while a row's link has focus):
 * the link with the same address in the rows React draws gets the focus back.
 */
function useFocusKept(adopting: boolean) {
  const href = useRef<string | null>(null);
  const ref = useRef<HTMLTableSectionElement>(null);
  useLayoutEffect(() => {
    const was = href.current;
    if (adopting || was === null) return;
    href.current = null;
    if (document.activeElement !== null && document.activeElement !== document.body) return;
    const links = ref.current?.querySelectorAll<HTMLAnchorElement>("a[href]") ?? [];
    [...links].find((a) => a.getAttribute("href") === was)?.focus();
  }, [adopting]);
  const onFocus = (event: FocusEvent<HTMLElement>) => {
    href.current = (event.target as Element).closest("a[href]")?.getAttribute("href") ?? null;
  };
  return { ref, onFocus };
}

/**
 * The body rows, with blank space above and below the rows in view when the table is virtualised.
 *
 * The rows the server drew are left as they are while the table shows what it showed then: the browser
 * adopts the server's markup (an empty `dangerouslySetInnerHTML`, which React leaves alone while it
 * hydrates) instead of hydrating every cell, the largest part of the page's start-up work. The first change
 * of what the body shows (a sort, a search, columns, another filter, new data, scrolling a long table) hands the body to
 * React for good.
 */
export function TableBody({
  shown,
  columns,
  padTop,
  padBottom,
  compact,
}: {
  shown: Shown;
  columns: readonly ColumnSpec[];
  padTop: number;
  padBottom: number;
  compact: boolean;
}) {
  const now = drawingOf(shown, columns, compact, [padTop, padBottom]);
  // Not yet hydrated: on the server and while the page hydrates; hydrated when the table is first drawn in
  // the browser (a client navigation), where there is no server markup to adopt.
  const hydrated = useHydrated();
  // (A long table draws only the rows in view, few, and redraws them as it scrolls: nothing to adopt.)
  const [adopted, setAdopted] = useState(() =>
    !hydrated && !compact && typeof window !== "undefined" ? now : null,
  );
  const onClick = useRowLinks();
  const { ref: bodyRef, onFocus } = useFocusKept(adopted !== null);
  const unchanged = adopted !== null && sameDrawing(adopted, now);
  if (adopted !== null && !unchanged) setAdopted(null); // React's for good from now on
  if (unchanged)
    return (
      <tbody
        onClick={onClick}
        onFocus={onFocus}
        dangerouslySetInnerHTML={{ __html: "" }}
        suppressHydrationWarning
      />
    );
  return (
    <tbody ref={bodyRef}>
      {padTop > 0 && (
        <tr aria-hidden>
          <td style={{ height: padTop }} colSpan={columns.length} />
        </tr>
      )}
      {shown.map(({ row, index }) => (
        <Row key={row.id} row={row} index={index} visible={columns} compact={compact} />
      ))}
      {padBottom > 0 && (
        <tr aria-hidden>
          <td style={{ height: padBottom }} colSpan={columns.length} />
        </tr>
      )}
    </tbody>
  );
}
