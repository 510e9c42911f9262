// One Lighthouse run (mobile: simulated slow 4G, 4× CPU slowdown, Lighthouse's defaults) of one page, in a
// Chromium started once per measurement (found as in the browser tests).
import { chromium } from "@playwright/test";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../chromium.ts";
import type { Audit } from "./report.ts";

interface NetworkItem {
  resourceType?: string;
  transferSize?: number;
  resourceSize?: number;
}

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

export async function launchChromium() {
  return chromeLauncher.launch({
    chromePath: CHROMIUM_PATH ?? chromium.executablePath(),
    chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
  });
}

/** Lighthouse's scores and the page's weight; `page` is the name the tables show. */
export async function audit(url: string, page: string, port: number): Promise<Audit> {
  const result = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "accessibility", "best-practices"],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories, audits } = result.lhr;
  const details = audits["network-requests"]?.details;
  const requests: NetworkItem[] =
    details && "items" in details && Array.isArray(details.items) ? (details.items as NetworkItem[]) : [];
  const scripts = requests.filter((r) => r.resourceType === "Script");
  const html = requests.find((r) => r.resourceType === "Document");
  return {
    page,
    perf: categories.performance?.score ?? NaN,
    a11y: categories.accessibility?.score ?? NaN,
    bestPractices: categories["best-practices"]?.score ?? NaN,
    tbtMs: Math.round(audits["total-blocking-time"]?.numericValue ?? NaN),
    lcpMs: Math.round(audits["largest-contentful-paint"]?.numericValue ?? NaN),
    scriptKB: kb(scripts.reduce((n, r) => n + (r.transferSize ?? 0), 0)),
    htmlWireKB: kb(html?.transferSize ?? 0),
    htmlKB: kb(html?.resourceSize ?? 0),
  };
}
