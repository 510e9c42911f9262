import { useLocale } from "next-intl";
import { formatPartialDate } from "@/lib/format/dates";

export function PartialDate({ value }: { value: string }) {
  const locale = useLocale();
  return <time dateTime={value}>{formatPartialDate(value, locale)}</time>;
}
