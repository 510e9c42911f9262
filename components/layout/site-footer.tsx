import { getTranslations } from "next-intl/server";
import { LiveData } from "@/components/layout/live-data";
import { PrintUrl } from "@/components/print/print-url";
import { getDataset, getDataStatus } from "@/lib/data/store";
import type { Locale } from "@/lib/domain/codes";
import { openableFigures } from "@/lib/queries/sources";

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "layout" });
  const tp = await getTranslations({ locale, namespace: "print" });
  const ds = getDataset();
  const updated = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "Asia/Shanghai" }).format(
    new Date(ds.updatedAt),
  );
  return (
    <footer className="edge border-t py-6 text-sm">
      <div className="mx-auto max-w-7xl space-y-1 px-4 sm:px-6 lg:px-8">
        <p data-testid="footer-about">{t("footer.about", openableFigures(ds))}</p>
        <p className="ink" data-testid="data-version">
          {t("footer.version", { version: ds.version, updated })}
        </p>
        <PrintUrl label={tp("printedFrom")} />
        <LiveData
          initial={{
            version: ds.version,
            updatedAt: ds.updatedAt,
            status: getDataStatus().lastError ? "error" : "ok",
          }}
          refreshSeconds={Math.max(1, Number(process.env.REFRESH_INTERVAL_SECONDS ?? 180) || 180)}
        />
      </div>
    </footer>
  );
}
