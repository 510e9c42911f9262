import type { ReactNode } from "react";

/** An embedded figure or chart: nothing around it but a little room (no header, navigation or filters). */
export default function EmbedLayout({ children }: { children: ReactNode }) {
  return <main className="p-2 sm:p-3">{children}</main>;
}
