import { useTranslations } from "next-intl";
import { PrintButton } from "./print-button";

/** The Print button as a page header shows it, labelled in the page's language. */
export function PrintControl() {
  const t = useTranslations("print");
  return (
    <div className="mt-3">
      <PrintButton label={t("button")} />
    </div>
  );
}
