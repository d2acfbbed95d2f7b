import type { View } from "./types";
import { historyMode, sameExceptView, viewOfHash } from "./viewHistory";

/** The parts of `window` the writer uses (a fake in tests). */
export interface AddressBar {
  readonly location: { readonly hash: string };
  readonly history: {
    readonly state: unknown;
    pushState(data: unknown, unused: string, url: string): void;
    replaceState(data: unknown, unused: string, url: string): void;
  };
}

export interface AddressListener {
  /** Back or Forward reached the same scenarios in another view. */
  view(view: View): void;
  /** The user pasted or edited the address, or Back reached other scenarios: open it as a link. */
  link(hash: string): void;
}

/**
 * Writes the app's state into the address bar and reads what the user (or Back/Forward) put
 * there. It remembers the address it last wrote as the bar reported it, so a write never lands
 * on top of a move through history that the page has not yet been told of: the browser changes
 * the address before it sends `hashchange`, and a delayed write in between would otherwise
 * replace the entry Back had just reached, and the app would stay in the view it was leaving.
 */
export class AddressWriter {
  /** The last address written or taken in, as the app formats it. */
  private written: string | null = null;
  /** The same address as the bar reports it (the browser may escape characters). */
  private shown: string | null = null;
  /** The view of `written`, kept beside it: an input compares views without parsing the address. */
  private writtenView: View | undefined;

  constructor(
    private readonly bar: AddressBar,
    private readonly listener: AddressListener,
  ) {}

  /** The view of the address last written or taken in; undefined before the first. */
  get view(): View | undefined {
    return this.writtenView;
  }

  /**
   * Writes `hash` (the state on screen): a new history entry when the view changes, else over
   * the current entry. If the bar holds an address the page has not taken in yet, that one is
   * taken in instead and nothing is written (the state it leads to is written next). `view` is
   * the view `hash` names. Returns what was written.
   */
  write(hash: string, view: View): string | undefined {
    if (this.takeExternal()) return undefined;
    const mode = historyMode(this.written, hash);
    this.written = hash;
    this.writtenView = view;
    if (this.bar.location.hash !== hash) {
      if (mode === "push") this.bar.history.pushState(null, "", hash);
      else this.bar.history.replaceState(this.bar.history.state, "", hash);
    }
    this.shown = this.bar.location.hash;
    return hash;
  }

  /** Takes in an address the app did not write (on `hashchange`); true when there was one. */
  takeExternal(): boolean {
    const here = this.bar.location.hash;
    if (this.shown === null || here === this.shown) return false;
    const before = this.written;
    this.written = here;
    this.shown = here;
    this.writtenView = viewOfHash(here);
    // Back or Forward between views of the same scenarios: switch the view, do not reopen the link.
    if (before !== null && sameExceptView(here, before)) this.listener.view(this.writtenView);
    else this.listener.link(here);
    return true;
  }
}
