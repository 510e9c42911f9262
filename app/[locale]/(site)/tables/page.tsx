import { redirect } from "next/navigation";

export default async function TablesIndex({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  redirect(`/${locale}/tables/indicators`);
}
