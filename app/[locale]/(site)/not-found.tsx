import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <h1 className="ink-strong text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2">{t("body")}</p>
      <Link
        href="/"
        className="mt-6 inline-block font-medium text-tremor-brand underline dark:text-dark-tremor-brand"
      >
        {t("back")}
      </Link>
    </div>
  );
}
