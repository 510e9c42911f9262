"use client";

import { Link, usePathname } from "@/lib/i18n/navigation";

interface Item {
  href: string;
  label: string;
  /** Marks the item current for every path under this prefix. */
  prefix?: string;
}

export function NavLinks({ items, label }: { items: Item[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="order-last w-full sm:order-none sm:w-auto">
      <ul className="flex gap-1 overflow-x-auto">
        {items.map((item) => {
          const current = item.prefix ? pathname.startsWith(item.prefix) : pathname === item.href;
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={`block whitespace-nowrap rounded-md px-3 py-1.5 text-sm font-medium ${
                  current
                    ? "bg-tremor-brand-faint text-tremor-brand-emphasis dark:bg-dark-tremor-brand-faint dark:text-dark-tremor-brand-emphasis"
                    : "hover:bg-tremor-background-subtle dark:hover:bg-dark-tremor-background-subtle"
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
