import { useTranslations } from "next-intl";
import type { Unbroken } from "@/lib/filter/filter";

/** Says why an item stays on screen under a district or sector filter it cannot be narrowed by. */
export function BreakdownNote({ unbroken }: { unbroken: Unbroken }) {
  const t = useTranslations("filters");
  if (unbroken.length === 0) return null;
  return (
    <p className="ink text-xs italic" data-testid="breakdown-note">
      {unbroken.map((d) => t(d === "district" ? "noDistrictBreakdown" : "noSectorBreakdown")).join(" · ")}
    </p>
  );
}
