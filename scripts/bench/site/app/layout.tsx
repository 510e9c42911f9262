import type { Metadata } from "next";
import type { ReactNode } from "react";
import { inter } from "@/lib/ui/fonts";
import "@/app/globals.css";

export const metadata: Metadata = { title: "SYNTHETIC benchmark", robots: { index: false } };

/** The bench app's only layout: the product's styles and font, without its header. Light theme. */
export default function BenchLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" className={`light ${inter.variable}`}>
      <body className="ink-emphasis min-h-screen bg-tremor-background-muted font-sans antialiased">
        <main className="mx-auto w-full max-w-7xl px-4 pb-16 pt-6 sm:px-6 lg:px-8">{children}</main>
      </body>
    </html>
  );
}
