export * from "./types.js";
export { RiskRun, runRisk } from "./engine.js";
export { sensitivity, SENSITIVITY_STEP, BUOYANCY_INPUT, BUOYANCY_NAME, BUOYANCY_STEP } from "./sensitivity.js";
export { Sfc32, normal, fillNormals } from "./prng.js";
export { twoPiece, twoPieceDeviation, twoPieceTable, tabulatedDeviation, normalCdf, normalQuantile, type TwoPiece } from "./twoPiece.js";
export { fanBand, fanMedian, simulateRisk } from "./api.js";
