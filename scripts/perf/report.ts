// The arithmetic and the tables of npm run perf, apart from the tools that measure (so it is unit-tested
// without them): medians over rounds, each page against the framework's floor, and issue 22's targets.

/** One Lighthouse run of one page. */
export interface Audit {
  page: string;
  perf: number;
  a11y: number;
  bestPractices: number;
  tbtMs: number;
  lcpMs: number;
  scriptKB: number;
  htmlWireKB: number;
  htmlKB: number;
}

/** One throughput run of one route with one Accept-Encoding. */
export interface Load {
  route: string;
  encoding: string;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  failed: number;
}

export function median(values: number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? NaN)
    : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

/** Groups runs by key, keeping the keys' first order, and takes the median of every numeric field. */
function medians<T extends object>(runs: T[], key: (run: T) => string): T[] {
  const groups = new Map<string, T[]>();
  for (const run of runs) groups.set(key(run), [...(groups.get(key(run)) ?? []), run]);
  return [...groups.values()].map((group) => {
    const [first] = group;
    if (first === undefined) throw new Error("empty group");
    const out = { ...first };
    for (const [field, value] of Object.entries(first))
      if (typeof value === "number")
        Object.assign(out, { [field]: median(group.map((run) => Number(run[field as keyof T]))) });
    return out;
  });
}

export const medianAudits = (runs: Audit[]) => medians(runs, (a) => a.page);
export const medianLoads = (runs: Load[]) => medians(runs, (l) => `${l.route}\u0000${l.encoding}`);

/** Each page beside the floor: its total blocking time as a multiple of the floor's, its score less the floor's. */
export function againstFloor(audits: Audit[], floorPage: string) {
  const floor = audits.find((a) => a.page === floorPage);
  if (!floor) throw new Error(`no audit of the floor page ${floorPage}`);
  return audits.map((a) => ({
    ...a,
    tbtRatio: a.tbtMs / Math.max(floor.tbtMs, 1),
    perfDelta: a.perf - floor.perf,
  }));
}

export interface Check {
  target: string;
  measured: string;
  /** null when it could not be checked (no template was given). */
  ok: boolean | null;
}

const fixed = (n: number, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : "n/a");

/**
 * Issue 22's targets: the overview and the indicators table against the floor (blocking time at most
 * twice the floor's, performance at most 0.10 below it, accessibility and best practices 1.00); /en and
 * /api/v1/indicators with browser encodings against the template (as many requests per second, p99 at most
 * 1.2 times its); and /en's script at most 0.6 times the template's. The template is the first --compare page.
 */
export function checkTargets(input: {
  audits: Audit[];
  loads: Load[];
  floorPage: string;
  ratioPages: string[];
  loadRoutes: string[];
  browserEncoding: string;
  template: string | null;
  scriptPage: string;
}): Check[] {
  const audit = (page: string) => input.audits.find((a) => a.page === page);
  const floor = audit(input.floorPage);
  const checks: Check[] = [];
  for (const page of input.ratioPages) {
    const a = audit(page);
    if (!a || !floor) continue;
    checks.push(
      {
        target: `${page}: TBT ≤ 2 × floor's`,
        measured: `${Math.round(a.tbtMs)} ms = ${fixed(a.tbtMs / Math.max(floor.tbtMs, 1), 1)} × ${Math.round(floor.tbtMs)} ms`,
        ok: a.tbtMs <= 2 * floor.tbtMs,
      },
      {
        target: `${page}: perf ≥ floor's − 0.10`,
        measured: `${fixed(a.perf)} (floor ${fixed(floor.perf)}, ${a.perf - floor.perf >= 0 ? "+" : ""}${fixed(a.perf - floor.perf)})`,
        ok: a.perf >= floor.perf - 0.1 - 1e-9,
      },
      { target: `${page}: accessibility 1.00`, measured: fixed(a.a11y), ok: a.a11y >= 1 },
      { target: `${page}: best practices 1.00`, measured: fixed(a.bestPractices), ok: a.bestPractices >= 1 },
    );
  }
  const load = (route: string) =>
    input.loads.find((l) => l.route === route && l.encoding === input.browserEncoding);
  const template = input.template === null ? undefined : load(input.template);
  for (const route of input.loadRoutes) {
    const l = load(route);
    if (!l) continue;
    checks.push(
      template
        ? {
            target: `${route}: req/s ≥ template's (50 connections, browser encodings)`,
            measured: `${Math.round(l.rps)} vs ${Math.round(template.rps)}`,
            ok: l.rps >= template.rps,
          }
        : {
            target: `${route}: req/s ≥ template's`,
            measured: `${Math.round(l.rps)} (no template)`,
            ok: null,
          },
      template
        ? {
            target: `${route}: p99 ≤ 1.2 × template's`,
            measured: `${l.p99Ms} ms vs ${template.p99Ms} ms (${fixed(l.p99Ms / Math.max(template.p99Ms, 1), 1)} ×)`,
            ok: l.p99Ms <= 1.2 * template.p99Ms,
          }
        : { target: `${route}: p99 ≤ 1.2 × template's`, measured: `${l.p99Ms} ms (no template)`, ok: null },
    );
  }
  const script = audit(input.scriptPage);
  const templateAudit = input.template === null ? undefined : audit(input.template);
  if (script)
    checks.push(
      templateAudit
        ? {
            target: `${input.scriptPage}: script ≤ 0.6 × template's`,
            measured: `${fixed(script.scriptKB, 1)} KB vs ${fixed(templateAudit.scriptKB, 1)} KB (${fixed(script.scriptKB / templateAudit.scriptKB)} ×)`,
            ok: script.scriptKB <= 0.6 * templateAudit.scriptKB,
          }
        : {
            target: `${input.scriptPage}: script ≤ 0.6 × template's`,
            measured: `${fixed(script.scriptKB, 1)} KB (no template)`,
            ok: null,
          },
    );
  return checks;
}

/** A plain-text table: a header, then one line per row, columns padded (numbers to the right). */
export function table(rows: Array<Record<string, string | number>>): string {
  const [first] = rows;
  if (first === undefined) return "";
  const columns = Object.keys(first);
  const cell = (v: string | number | undefined) => (v === undefined ? "" : String(v));
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
  const line = (values: Array<string | number | undefined>) =>
    values
      .map((v, i) =>
        typeof v === "number" ? cell(v).padStart(widths[i] ?? 0) : cell(v).padEnd(widths[i] ?? 0),
      )
      .join("  ")
      .trimEnd();
  return [line(columns), ...rows.map((r) => line(columns.map((c) => r[c])))].join("\n");
}

export function checkTable(checks: Check[]): string {
  return table(
    checks.map((c) => ({
      target: c.target,
      measured: c.measured,
      "": c.ok === null ? "n/a" : c.ok ? "ok" : "not ok",
    })),
  );
}
