import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { FilterBar } from "@/components/filters/filter-bar";
import { getDataset } from "@/lib/data/store";
import { getFilterOptions } from "@/lib/filter/options";
import { isLocale } from "@/lib/i18n/routing";
import { TABLES } from "@/lib/tables/columns";
import { BenchTable } from "./_components/bench-table";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "SYNTHETIC benchmark", robots: { index: false } };

/**
 * Benchmark page for `npm run bench`: the entities table with SYNTHETIC rows. It exists only when the
 * server is started with BENCH_SYNTHETIC pointing at a generated file; otherwise it is a 404.
 */
export default async function BenchPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const file = process.env.BENCH_SYNTHETIC;
  if (!isLocale(locale) || !file) notFound();
  setRequestLocale(locale);
  const ds = getDataset();
  const spec = TABLES.entities;
  const options = getFilterOptions(ds, locale);
  return (
    <div>
      <p
        role="alert"
        className="mb-4 rounded-md border-2 border-rose-500 bg-rose-50 p-3 font-semibold text-rose-900 dark:bg-rose-950 dark:text-rose-100"
      >
        SYNTHETIC DATA: generated rows for benchmarking. Not real; never shown elsewhere.
      </p>
      <FilterBar dimensions={spec.dimensions} options={options} columns={spec.columns.map((c) => c.id)} />
      <BenchTable
        url={`/${locale}/bench/rows`}
        table="entities"
        columns={spec.columns}
        options={options}
        synthetic
      />
    </div>
  );
}
