import { describe, expect, it } from "vitest";
import { historyMode, sameExceptView, viewOfHash } from "../src/state/viewHistory";

describe("views in the browser history", () => {
  it("reads the view of a link; none is the editor", () => {
    expect(viewOfHash("#v1&r=sa-pa")).toBe("editor");
    expect(viewOfHash("#v1&r=sa-pa&view=compare&c=plan,high-growth")).toBe("compare");
    expect(viewOfHash("#v1&view=report")).toBe("report");
    expect(viewOfHash("#v1&view=bogus")).toBe("editor");
  });

  it("a change of view is a new entry; an edit or a new selection replaces the entry", () => {
    expect(historyMode(null, "#v1&r=sa-pa&view=compare")).toBe("replace"); // the first address
    expect(historyMode("#v1&r=sa-pa", "#v1&r=sa-pa&view=compare&c=plan,cautious")).toBe("push");
    expect(historyMode("#v1&r=sa-pa&view=compare&c=plan", "#v1&r=sa-pa&view=report&c=plan")).toBe("push");
    expect(historyMode("#v1&r=sa-pa&id=u-1&s=abc", "#v1&r=sa-pa&id=u-1&s=abd")).toBe("replace");
    expect(historyMode("#v1&r=sa-pa&view=compare&c=plan", "#v1&r=sa-pa&view=compare&c=plan,cautious")).toBe("replace");
  });

  it("Back to a link that differs only in view (and selection) is a view change, not a new link", () => {
    expect(sameExceptView("#v1&r=sa-pa", "#v1&r=sa-pa&view=compare&c=plan,high-growth")).toBe(true);
    expect(sameExceptView("#v1&r=sa-pa&lang=en", "#v1&r=sa-pa&view=report")).toBe(false);
    expect(sameExceptView("#v1&r=sa-pa&s=abc&id=u-1", "#v1&r=sa-pa&s=abd&id=u-1&view=compare")).toBe(false);
    expect(sameExceptView("#v1&r=lao-cai", "#v1&r=sa-pa&view=compare")).toBe(false);
  });
});
