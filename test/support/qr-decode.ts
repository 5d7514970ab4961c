import jsQRModule from 'jsqr';
import pngjs from 'pngjs';

// Both are CommonJS modules whose types declare an ES default export.
const jsQR = jsQRModule.default;
const { PNG } = pngjs;

/** The text a QR code in a PNG image carries, read as a phone camera would (undefined: no code found). */
export function decodeQrPng(png: Buffer): string | undefined {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}

const SCALE = 4;

/**
 * The text a QR code in an SVG image carries: the dark modules (one-unit strokes `M x y.5 h n m dx dy …`
 * on a `viewBox` grid, as the platform draws them) painted into pixels, then read like a PNG.
 */
export function decodeQrSvg(svg: string): string | undefined {
  const grid = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
  const path = /<path stroke="[^"]+" d="([^"]+)"/.exec(svg)?.[1];
  if (!Number.isInteger(grid) || path === undefined) return undefined;
  const dark = new Set<string>();
  let x = 0;
  let y = 0;
  for (const [, command, numbers] of path.matchAll(/([MmHh])([-\d. ]+)/g)) {
    const [a = 0, b = 0] = numbers!.trim().split(/\s+/).map(Number);
    if (command === 'M') [x, y] = [a, b];
    else if (command === 'm') [x, y] = [x + a, y + b];
    else {
      const to = command === 'h' ? x + a : a;
      for (let column = x; column < to; column += 1) dark.add(`${column},${Math.floor(y)}`);
      x = to;
    }
  }
  const side = grid * SCALE;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let row = 0; row < side; row += 1) {
    for (let column = 0; column < side; column += 1) {
      if (!dark.has(`${Math.floor(column / SCALE)},${Math.floor(row / SCALE)}`)) continue;
      const offset = (row * side + column) * 4;
      pixels[offset] = pixels[offset + 1] = pixels[offset + 2] = 0;
    }
  }
  return jsQR(pixels, side, side)?.data;
}
