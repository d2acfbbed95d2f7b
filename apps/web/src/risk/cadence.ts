/**
 * The quiet time before a Monte Carlo run starts, from the rhythm of the inputs. A held arrow key
 * repeats every 30–50 ms: a fixed 40 ms would often expire between two repeats, and a run would
 * start (on the other core) just as the next key press needs the machine, only to be cancelled.
 * While inputs keep coming, the quiet time is 1.3 × their usual interval (the median of the last
 * three), between MIN_QUIET_MS and MAX_QUIET_MS. A first input, or the first after a pause, waits
 * MAX_QUIET_MS: the rhythm is not known yet, and the second input of a burst (a held key, a drag, a
 * hand pressing again) comes 30–70 ms after the first. A run started between them would compete with
 * that input on a two-core machine and then be cancelled. A single press still has its
 * probabilities within 100 ms: 60 ms quiet, then a 20,000-path run and its render.
 */
export const MIN_QUIET_MS = 40;
export const MAX_QUIET_MS = 60;
/** A gap longer than this ends a burst: the next input starts a new one. */
const BURST_GAP_MS = 250;

export class InputCadence {
  private last: number | undefined;
  private readonly gaps: number[] = [];

  /** Notes an input at time `now` (ms) and returns how long to wait for the next before a run. */
  input(now: number): number {
    const gap = this.last === undefined ? Infinity : now - this.last;
    this.last = now;
    if (!(gap <= BURST_GAP_MS)) {
      this.gaps.length = 0;
      return MAX_QUIET_MS;
    }
    this.gaps.push(gap);
    if (this.gaps.length > 3) this.gaps.shift();
    const sorted = [...this.gaps].sort((a, b) => a - b);
    const usual = sorted[(sorted.length - 1) >> 1]!;
    return Math.min(MAX_QUIET_MS, Math.max(MIN_QUIET_MS, 1.3 * usual));
  }
}
