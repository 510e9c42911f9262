import { useTranslations } from "next-intl";
import type { FilterFit } from "@/lib/filter/filter";

/** Says why an item stays on screen under a district or sector filter it cannot be narrowed by. */
export function BreakdownNote({ fit }: { fit: { district: FilterFit; sector: FilterFit } }) {
  const t = useTranslations("filters");
  const notes = [
    fit.district === "none" ? t("noDistrictBreakdown") : null,
    fit.sector === "none" ? t("noSectorBreakdown") : null,
  ].filter((n): n is string => n !== null);
  if (notes.length === 0) return null;
  return (
    <p
      className="text-xs italic text-tremor-content dark:text-dark-tremor-content"
      data-testid="breakdown-note"
    >
      {notes.join(" · ")}
    </p>
  );
}
