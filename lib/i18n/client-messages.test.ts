import { describe, expect, it } from "vitest";
import en from "./messages/en.json";
import { clientMessages } from "./client-messages";

describe("clientMessages", () => {
  it("keeps what client components read and drops the rest", () => {
    const picked = clientMessages(en);
    expect(Object.keys(picked).sort()).toEqual(
      [
        "cite",
        "columns",
        "confidence",
        "embed",
        "errorPage",
        "filters",
        "layout",
        "live",
        "notices",
        "progress",
        "search",
        "status",
        "table",
        "tables",
      ].sort(),
    );
    expect(picked.progress).toEqual({ status: en.progress.status });
    expect(JSON.stringify(picked).length).toBeLessThan(JSON.stringify(en).length / 3);
  });
});
