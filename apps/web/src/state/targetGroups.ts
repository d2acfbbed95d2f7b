import type { TargetEvaluation } from "@lotrinh/core";

export type Category = "economic" | "social" | "structure";
export const CATEGORY_ORDER: readonly Category[] = ["economic", "social", "structure"];

/** A target on its own, or the alternative readings of one ambiguous figure, shown together. */
export type TargetItem =
  | { type: "single"; evaluation: TargetEvaluation }
  | { type: "reading"; group: string; evaluations: TargetEvaluation[] };

export interface TargetGroup {
  category: Category;
  items: TargetItem[];
}

/** Targets by category, priority ones first (otherwise in the source's order), readings kept together. */
export function groupTargets(evaluations: readonly TargetEvaluation[]): TargetGroup[] {
  const groups: TargetGroup[] = [];
  for (const category of CATEGORY_ORDER) {
    const mine = evaluations.filter((e) => e.target.category === category);
    const ordered = [...mine.filter((e) => e.target.priority), ...mine.filter((e) => !e.target.priority)];
    const items: TargetItem[] = [];
    const seenGroups = new Set<string>();
    for (const e of ordered) {
      const group = e.target.reading?.group;
      if (!group) items.push({ type: "single", evaluation: e });
      else if (!seenGroups.has(group)) {
        seenGroups.add(group);
        items.push({ type: "reading", group, evaluations: mine.filter((x) => x.target.reading?.group === group) });
      }
    }
    if (items.length) groups.push({ category, items });
  }
  return groups;
}

/** Met / judged counts of the targets that count (the chosen readings only). */
export function verdictCounts(evaluations: readonly TargetEvaluation[]): { met: number; judged: number } {
  let met = 0;
  let judged = 0;
  for (const e of evaluations) {
    if (!e.target.active || e.met === null) continue;
    judged++;
    if (e.met) met++;
  }
  return { met, judged };
}
