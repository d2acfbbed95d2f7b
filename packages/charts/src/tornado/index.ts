export type { TornadoInput, TornadoBar } from "./tornadoData.js";
export { TornadoChart, TornadoSvg, renderTornadoSvg, tornadoSvgMarkup, TORNADO_COLORS } from "./TornadoSvg.js";
export { tornadoTable, describeTornado, tornadoCsv, tornadoCsvExcelVi, TORNADO_WORDS } from "./tornadoText.js";
