import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { AddressWriter, type AddressBar } from "../src/state/addressWriter";
import { viewOfHash } from "../src/state/viewHistory";
import type { View } from "../src/state/types";

/** A browser history of fragments: push truncates the forward entries, back moves the index. */
class FakeBar implements AddressBar {
  entries: string[] = ["#v1&r=sa-pa"];
  index = 0;
  readonly history = {
    state: null,
    pushState: (_d: unknown, _u: string, url: string) => {
      this.entries = [...this.entries.slice(0, this.index + 1), url];
      this.index++;
    },
    replaceState: (_d: unknown, _u: string, url: string) => {
      this.entries[this.index] = url;
    },
  };
  get location() {
    return { hash: this.entries[this.index]! };
  }
  /** Back, as the browser does it: the address changes now, `hashchange` comes later. */
  back() {
    this.index--;
  }
  forward() {
    this.index++;
  }
}

const EDITOR = "#v1&r=sa-pa";
const COMPARE = "#v1&r=sa-pa&view=compare&c=plan,high-growth";
const REPORT = "#v1&r=sa-pa&view=report&c=plan,high-growth";

function setUp() {
  const bar = new FakeBar();
  const views: View[] = [];
  const links: string[] = [];
  const writer = new AddressWriter(bar, { view: (v) => views.push(v), link: (h) => links.push(h) });
  return { bar, views, links, writer };
}

describe("the address writer", () => {
  it("a view change is a new entry, an edit replaces it; Back reports the view", () => {
    const { bar, views, links, writer } = setUp();
    writer.write(EDITOR, "editor");
    writer.write(COMPARE, "compare");
    writer.write(REPORT, "report");
    expect(bar.entries).toEqual([EDITOR, COMPARE, REPORT]);
    bar.back();
    expect(writer.takeExternal()).toBe(true);
    expect(views).toEqual(["compare"]);
    expect(writer.view).toBe("compare");
    // The hashchange event of a move already taken in does nothing.
    expect(writer.takeExternal()).toBe(false);
    expect(links).toEqual([]);
  });

  it("a delayed write between Back and its hashchange takes the move in instead of undoing it", () => {
    // The failure this prevents: on compare, an edit's delayed write was pending; Back reached the
    // editor's entry, the write fired before hashchange and put the compare address over it; the
    // hashchange then saw the app's own address and the app stayed on compare.
    const { bar, views, writer } = setUp();
    writer.write(EDITOR, "editor");
    writer.write(COMPARE, "compare");
    bar.back(); // the address is the editor's; hashchange not yet delivered
    expect(writer.write(COMPARE, "compare")).toBeUndefined(); // the state on screen is still compare
    expect(bar.entries).toEqual([EDITOR, COMPARE]);
    expect(bar.index).toBe(0);
    expect(views).toEqual(["editor"]);
    expect(writer.takeExternal()).toBe(false); // the late hashchange
    // Once on screen, the editor's state writes its own address: nothing changes, Forward still works.
    writer.write(EDITOR, "editor");
    expect(bar.entries).toEqual([EDITOR, COMPARE]);
    bar.forward();
    expect(writer.takeExternal()).toBe(true);
    expect(views).toEqual(["editor", "compare"]);
  });

  it("an address of other scenarios is opened as a link, once", () => {
    const { bar, links, views, writer } = setUp();
    writer.write(EDITOR, "editor");
    bar.history.pushState(null, "", "#v1&r=lao-cai"); // the user types an address
    expect(writer.write(EDITOR + "&s=abc", "editor")).toBeUndefined();
    expect(links).toEqual(["#v1&r=lao-cai"]);
    expect(writer.takeExternal()).toBe(false);
    expect(views).toEqual([]);
    // The opened link's state then replaces the typed address, without a new entry.
    writer.write("#v1&r=lao-cai&lang=en", "editor");
    expect(bar.entries).toEqual([EDITOR, "#v1&r=lao-cai&lang=en"]);
  });

  it("before its first write it takes nothing in (the page opened the address it started from)", () => {
    const { writer, links, views } = setUp();
    expect(writer.takeExternal()).toBe(false);
    expect(writer.view).toBeUndefined();
    expect([...links, ...views]).toEqual([]);
  });

  it("property: a delayed write never undoes Back or Forward; entries and the view on screen follow the clicks", () => {
    const views: View[] = ["editor", "compare", "report"];
    const hashOf = (v: View) => (v === "editor" ? EDITOR : v === "compare" ? COMPARE : REPORT);
    const step = fc.oneof(
      fc.record({ kind: fc.constant("click" as const), view: fc.constantFrom(...views) }),
      fc.constant({ kind: "back" as const }),
      fc.constant({ kind: "forward" as const }),
      fc.constant({ kind: "late write" as const }),
      fc.constant({ kind: "hashchange" as const }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        const bar = new FakeBar();
        let onScreen: View = "editor";
        const writer = new AddressWriter(bar, { view: (v) => (onScreen = v), link: () => undefined });
        writer.write(EDITOR, "editor");
        // The model: the views of the history entries as the user made them, and where they are.
        let model: View[] = ["editor"];
        let at = 0;
        for (const s of steps) {
          if (s.kind === "click") {
            writer.takeExternal(); // a move's hashchange is delivered before a later click
            onScreen = s.view;
            writer.write(hashOf(onScreen), onScreen);
            if (model[at] !== s.view) [model, at] = [[...model.slice(0, at + 1), s.view], at + 1];
          } else if (s.kind === "back" && bar.index > 0) {
            writer.takeExternal();
            bar.back();
            at--;
          } else if (s.kind === "forward" && bar.index < bar.entries.length - 1) {
            writer.takeExternal();
            bar.forward();
            at++;
          } else if (s.kind === "late write") writer.write(hashOf(onScreen), onScreen);
          else if (s.kind === "hashchange") writer.takeExternal();
        }
        writer.takeExternal(); // every hashchange is delivered in the end
        expect(bar.entries.map(viewOfHash)).toEqual(model);
        expect(bar.index).toBe(at);
        expect(onScreen).toBe(model[at]);
      }),
    );
  });
});
