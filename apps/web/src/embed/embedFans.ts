import type { ChartSeriesInput } from "@lotrinh/charts";
import type { Region } from "@lotrinh/core";

/** Paths of an embed's run: the app's (20,000). */
const PATHS = 20_000;

/**
 * `&fan=1`: each series with its indicator's Monte Carlo fan, from the app's risk worker (its
 * code loads only for such an embed). Each series runs in a lane of its own, with the seed of
 * its scenario, so that the embed draws the numbers the app shows for the same link.
 */
export async function withFans(series: readonly ChartSeriesInput[], region: Region, chart: string): Promise<ChartSeriesInput[]> {
  const { RiskClient } = await import("../risk/riskClient");
  const client = new RiskClient();
  try {
    const runs = await Promise.all(
      series.map((s) => {
        const scenario = s.projection.input.scenario ?? { schema: "lotrinh/scenario/1" as const, name: "", region: region.id };
        // Fans only: an embedded chart draws no tornado.
        return client.run(client.lane(), region, scenario, { paths: PATHS, sensitivity: false });
      }),
    );
    return series.map((s, i) => {
      const risk = runs[i]!.report.risk;
      const fan = risk.fans.find((f) => f.id === chart);
      const runningFans = risk.running.filter((f) => f.id === chart);
      return fan || runningFans.length ? { ...s, ...(fan ? { fan } : {}), runningFans } : s;
    });
  } finally {
    client.dispose();
  }
}
