"use client";

import { useState } from "react";

/** "Copy" for a text (a citation, embed code), and what happened, said to screen readers too. */
export function CopyButton({
  text,
  labels,
}: {
  text: string;
  labels: { copy: string; copied: string; failed: string };
}) {
  const [status, setStatus] = useState<"" | "copied" | "failed">("");
  const [copiedText, setCopiedText] = useState("");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus("copied");
      setCopiedText(text);
    } catch {
      setStatus("failed");
    }
  };
  // A new text (another style, another option) has not been copied yet.
  const shown = status === "copied" && copiedText !== text ? "" : status;
  return (
    <>
      <button
        type="button"
        onClick={copy}
        className="h-9 rounded-tremor-default bg-tremor-brand px-3 text-sm font-medium text-white hover:bg-tremor-brand-emphasis"
      >
        {labels.copy}
      </button>
      <p role="status" aria-live="polite" className="text-sm">
        {shown === "copied" ? labels.copied : shown === "failed" ? labels.failed : ""}
      </p>
    </>
  );
}
