"use client";

import { useEffect, useId, useRef, useState } from "react";
import { Link, usePathname } from "@/lib/i18n/navigation";

interface Item {
  href: string;
  label: string;
  /** Marks the item current for every path under this prefix. */
  prefix?: string;
}

/**
 * The main navigation: a row of links on wide screens; on narrow ones a Menu button that opens them as a
 * panel across the page under the header (Escape, a click outside or following a link closes it).
 */
export function NavLinks({ items, label, menuLabel }: { items: Item[]; label: string; menuLabel: string }) {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const [openedAt, setOpenedAt] = useState(pathname);
  const panelId = useId();
  const root = useRef<HTMLElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  // A link was followed: the menu closes on the new page.
  if (open && openedAt !== pathname) setOpen(false);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [open]);

  return (
    <nav ref={root} aria-label={label} className="ml-auto lg:ml-0 print:hidden">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpenedAt(pathname);
          setOpen(!open);
        }}
        className="edge flex h-8 items-center gap-2 rounded-md border px-3 text-sm font-medium lg:hidden"
        data-testid="menu-button"
      >
        <span aria-hidden>{open ? "✕" : "☰"}</span>
        {menuLabel}
      </button>
      <ul
        id={panelId}
        className={`${open ? "grid" : "hidden"} edge absolute inset-x-0 top-full z-40 grid-cols-2 gap-1 border-b bg-white p-3 shadow-tremor-dropdown lg:static lg:flex lg:flex-wrap lg:border-0 lg:bg-transparent lg:p-0 lg:shadow-none dark:bg-gray-950 lg:dark:bg-transparent`}
      >
        {items.map((item) => {
          const current = item.prefix ? pathname.startsWith(item.prefix) : pathname === item.href;
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                // The framework's own choice for the likeliest next clicks: a prerendered page whole, and
                // only the shared frame of a page rendered for its address (a full prefetch would render it).
                prefetch={current ? false : "auto"}
                aria-current={current ? "page" : undefined}
                className={`block whitespace-nowrap rounded-md px-3 py-2 text-sm font-medium lg:px-2 lg:py-1.5 ${
                  current
                    ? "bg-tremor-brand-faint text-tremor-brand-emphasis dark:bg-dark-tremor-brand-faint dark:text-dark-tremor-brand-emphasis"
                    : "hover-fill"
                }`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
