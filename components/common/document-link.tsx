import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { DocumentRef } from "@/lib/queries/views";

/** "Set by: 京政发〔2023〕14号 (Implementation plan …)" linking to the document on the policies page. */
export function DocumentLink({ doc }: { doc: DocumentRef }) {
  const t = useTranslations("documents");
  return (
    <span data-testid="document-link">
      {t("setBy")}:{" "}
      <Link
        href={{ pathname: "/documents", hash: `document-${doc.id}` }}
        className="underline decoration-dotted"
      >
        {doc.number ? `${doc.number} · ${doc.name}` : doc.name}
      </Link>
    </span>
  );
}
