/** Float tolerance so that a value solved to meet a target exactly counts as met. */
export function slack(target: number): number {
  return 1e-9 * Math.max(1, Math.abs(target));
}
