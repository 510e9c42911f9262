/**
 * The page every page address answers while the server has no valid dataset: 503, in the reader's
 * language, styled without any script, with Retry-After. It names no file and no command: what is broken
 * is reported to maintainers at /api/v1/meta.
 */
import type { Locale } from "@/lib/domain/codes";
import { translator } from "@/lib/i18n/translator";
import { escapeXml as escape } from "@/lib/format/escape";

export const RETRY_AFTER_SECONDS = 30;

export function maintenancePage(locale: Locale): string {
  const t = translator(locale);
  const title = escape(t("maintenance.title"));
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title} · ${escape(t("meta.title"))}</title>
<style>
  :root { color-scheme: light dark; font-family: system-ui, "PingFang SC", "Microsoft YaHei", "Apple SD Gothic Neo", "Malgun Gothic", "Noto Sans CJK SC", sans-serif; }
  body { margin: 0; min-height: 100vh; display: grid; place-items: center; background: Canvas; color: CanvasText; }
  main { max-width: 32rem; padding: 2rem; text-align: center; }
  h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
  p { line-height: 1.5; }
  a { color: #2563eb; }
  .note { font-size: .85rem; opacity: .75; }
</style>
</head>
<body>
<main role="alert" data-testid="maintenance">
  <h1>${title}</h1>
  <p>${escape(t("maintenance.body"))}</p>
  <p><a href="">${escape(t("maintenance.retry"))}</a></p>
  <p class="note">${escape(t("maintenance.api"))}</p>
</main>
</body>
</html>
`;
}
