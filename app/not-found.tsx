import Link from "next/link";
import { inter } from "@/lib/ui/fonts";

// Paths outside any language (the proxy sends everything else to /en, /ko or /zh).
export default function GlobalNotFound() {
  return (
    <html lang="en" className={inter.variable}>
      <body className="flex min-h-screen items-center justify-center bg-white font-sans text-gray-900">
        <main className="max-w-md p-6 text-center">
          <h1 className="text-2xl font-semibold">Page not found</h1>
          <p className="mt-2 text-gray-600">This address is not part of the Beijing AI Policy Tracker.</p>
          <Link className="mt-4 inline-block text-blue-700 underline" href="/en">
            Go to the overview
          </Link>
        </main>
      </body>
    </html>
  );
}
