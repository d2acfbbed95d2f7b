/**
 * Draws a standalone SVG document onto a canvas at `scale` × its own size and returns
 * the PNG. The SVG is given the target pixel size (viewBox unchanged), so the browser
 * rasterises the vectors at full resolution instead of enlarging a small bitmap.
 */
export async function svgToPng(svg: string, width: number, height: number, scale: number): Promise<Blob> {
  const w = Math.round(width * scale);
  const h = Math.round(height * scale);
  const sized = svg.replace(/<svg\b([^>]*?)\swidth="[^"]*"\s+height="[^"]*"/, `<svg$1 width="${w}" height="${h}"`);
  const url = URL.createObjectURL(new Blob([sized], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    // The load event, not decode(): Chromium resolves decode() before the fonts inlined in the SVG
    // have loaded, and the text is then missing from the drawing; load waits for them.
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error("the chart could not be drawn as an image"));
      image.src = url;
    });
    const canvas = document.createElement("canvas");
    canvas.width = w;
    canvas.height = h;
    const context = canvas.getContext("2d");
    if (!context) throw new Error("no 2D canvas");
    context.drawImage(image, 0, 0, w, h);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("the canvas could not be encoded as PNG"))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
