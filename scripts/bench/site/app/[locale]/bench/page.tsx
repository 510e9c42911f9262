import { notFound } from "next/navigation";
import { FilterBar } from "@/components/filters/filter-bar";
import { getDataset } from "@/lib/data/store";
import { getFilterOptions } from "@/lib/filter/options";
import { clientMessages } from "@/lib/i18n/client-messages";
import { MESSAGES } from "@/lib/i18n/messages";
import { isLocale } from "@/lib/i18n/routing";
import { TABLES } from "@/lib/tables/columns";
import { BenchTable } from "./bench-table";
import { BenchProviders } from "./providers";

export const dynamic = "force-dynamic";

/**
 * The page `npm run bench` measures: the product's filter bar and entities table on SYNTHETIC rows. It
 * exists only in the bench app (scripts/bench/site), started with BENCH_SYNTHETIC pointing at a generated
 * file; without it, it is a 404.
 */
export default async function BenchPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale) || !process.env.BENCH_SYNTHETIC) notFound();
  const spec = TABLES.entities;
  const options = getFilterOptions(getDataset(), locale);
  return (
    <BenchProviders locale={locale} messages={clientMessages(MESSAGES[locale])}>
      <p
        role="alert"
        className="mb-4 rounded-md border-2 border-rose-500 bg-rose-50 p-3 font-semibold text-rose-900"
      >
        SYNTHETIC DATA: generated rows for benchmarking. Not real; never shown elsewhere.
      </p>
      <FilterBar
        dimensions={spec.dimensions}
        options={options}
        columns={spec.columns.map((c) => c.id)}
        browserOnly
      />
      <BenchTable url={`/${locale}/bench/rows`} table="entities" columns={spec.columns} options={options} />
    </BenchProviders>
  );
}
