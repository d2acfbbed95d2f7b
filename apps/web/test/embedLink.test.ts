import { describe, expect, it } from "vitest";
import { embedLink } from "../src/state/embedLink";
import { formatHash } from "../src/state/url";
import { planOf } from "../src/state/library";
import type { Library } from "../src/state/types";
import { bundleOf } from "./fixtures";

const bundle = bundleOf("sa-pa");
const plan = planOf(bundle).scenario;
const library: Library = {
  user: [
    { id: "u-mine0001", baseId: "plan", scenario: { ...plan, name: "Của tôi", rates: { grdpGrowth: { "2024": 0.13 } } } },
    { id: "u-mine0002", baseId: "high-growth", scenario: { ...plan, name: "Của tôi 2" } },
  ],
  active: { "sa-pa": "u-mine0002" },
};

describe("the state an embedded chart carries", () => {
  it("a built-in needs no diff", () => {
    expect(formatHash(embedLink(bundle, library, ["high-growth"]).link)).toBe("#v1&r=sa-pa&b=high-growth");
  });

  it("a user scenario travels as a diff against its built-in, whichever scenario is open in the editor", () => {
    const { link, left } = embedLink(bundle, library, ["u-mine0001"]);
    expect(formatHash(link)).toMatch(/^#v1&r=sa-pa&b=plan&id=u-mine0001&s=[\w-]+$/);
    expect(left).toEqual([]);
  });

  it("a comparison names its scenarios and carries one user scenario; the others are reported", () => {
    const { link, left } = embedLink(bundle, library, ["plan", "u-mine0001", "u-mine0002"]);
    expect(formatHash(link)).toMatch(/^#v1&r=sa-pa&b=plan&id=u-mine0001&s=[\w-]+&view=compare&c=plan,u-mine0001,u-mine0002$/);
    expect(left.map((s) => s.scenario.name)).toEqual(["Của tôi 2"]);
    expect(formatHash(embedLink(bundle, library, ["cautious", "plan"]).link)).toBe("#v1&r=sa-pa&b=cautious&view=compare&c=cautious,plan");
  });
});
