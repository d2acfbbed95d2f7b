import { useEffect, useState } from "react";
import type { Region, Scenario } from "@lotrinh/core";
import type { Channel } from "./riskClient";

// The worker's door loads after the first page (it is not needed to draw it).
const client = () => import("./riskClient");
import type { RiskState } from "./riskState";

/**
 * The Monte Carlo run of one scenario, from the worker: a fresh run on every change of the
 * scenario (the worker runs only the newest), the last answer kept meanwhile. The slider's own
 * frame never waits for it; `stale` is true only before the first answer.
 */
export function useRisk(region: Region, scenario: Scenario): RiskState {
  const [channel] = useState<Channel>(() => ({ id: 0 }));
  const [state, setState] = useState<RiskState>({ stale: true });
  useEffect(() => {
    // The last answer stays on screen, unmarked, until the new one arrives (a few ms later): marking
    // it stale would re-render every target row inside the slider's own frame.
    let live = true;
    client().then(
      ({ riskClient }) => {
        if (!live) return;
        riskClient.run(channel, region, scenario, (a) =>
          setState(a.ok ? { report: a.report, stale: false } : { stale: false, error: a.error }),
        );
      },
      (e: Error) => live && setState({ stale: false, error: e.message }),
    );
    return () => {
      live = false;
    };
  }, [channel, region, scenario]);
  useEffect(() => () => void client().then(({ riskClient }) => riskClient.cancel(channel)), [channel]);
  return state;
}
