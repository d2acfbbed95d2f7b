/**
 * Strings of probabilities on the editor's first screen (the targets column, the uncertainty
 * fold). Spread into VI and EN; the tornado, scorecard and uncertainty editor carry their own.
 */
export const VI_PROBABILITY = {
  uncertaintyTitle: "Độ bất định và xác suất đạt",
  colProbability: "Xác suất đạt",
  probabilityOf: "Xác suất đạt {target}: {pct}",
  probabilityTitle: "Tỷ lệ trong {paths} đường mô phỏng Monte Carlo (seed {seed}) đạt hoặc vượt chỉ tiêu",
  probabilityPending: "đang tính…",
  probabilityNone: "–",
  probabilityError: "Không tính được xác suất: {error}",
  sensitivity: "Độ nhạy",
  sensitivityOf: "Độ nhạy của {target}",
};

export const EN_PROBABILITY: typeof VI_PROBABILITY = {
  uncertaintyTitle: "Uncertainty and probabilities",
  colProbability: "Probability",
  probabilityOf: "Probability of {target}: {pct}",
  probabilityTitle: "Share of {paths} Monte Carlo paths (seed {seed}) meeting or exceeding the target",
  probabilityPending: "computing…",
  probabilityNone: "–",
  probabilityError: "Could not compute probabilities: {error}",
  sensitivity: "Sensitivity",
  sensitivityOf: "Sensitivity of {target}",
};
