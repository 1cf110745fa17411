// Draws the toolbar and store icons: a teal tile with a white panel and an
// arrow entering it ("join the panel"). Drawn in code so that the icons are
// ours alone (no Zoom logo) and can be redrawn at any size. The grey variant
// is the toolbar's "not set up yet" state, shown while no backend is saved.
// Run: npx tsx scripts/draw-icons.ts

import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
// The toolbar shows 16 and 32 px (twice that on high-density screens it scales the 32).
const DISABLED_SIZES = [16, 32];
const SAMPLES = 4;

type Rgb = [number, number, number];

const TEAL: Rgb = [0, 121, 107];
const WHITE: Rgb = [255, 255, 255];
// Grey with the white glyph still at a contrast of 4.5:1, so the icon reads as "off", not gone.
const GREY: Rgb = [117, 117, 117];

type Shape = (x: number, y: number) => boolean;

const roundedRect =
  (left: number, top: number, right: number, bottom: number, radius: number): Shape =>
  (x, y) => {
    if (x < left || x > right || y < top || y > bottom) return false;
    const cx = Math.min(Math.max(x, left + radius), right - radius);
    const cy = Math.min(Math.max(y, top + radius), bottom - radius);
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
  };

const tile = roundedRect(0.02, 0.02, 0.98, 0.98, 0.2);
const panelOuter = roundedRect(0.46, 0.2, 0.82, 0.8, 0.06);
const panelInner = roundedRect(0.54, 0.28, 0.74, 0.72, 0.02);
const arrowShaft: Shape = (x, y) => x >= 0.16 && x <= 0.48 && Math.abs(y - 0.5) <= 0.06;
const arrowHead: Shape = (x, y) => x >= 0.4 && x <= 0.64 && Math.abs(y - 0.5) <= (0.64 - x) * 0.75;

function colorAt(x: number, y: number, tileColor: Rgb): [number, number, number, number] {
  if (!tile(x, y)) return [0, 0, 0, 0];

  const glyph = (panelOuter(x, y) && !panelInner(x, y)) || arrowShaft(x, y) || arrowHead(x, y);
  return [...(glyph ? WHITE : tileColor), 255];
}

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size: number, tileColor: Rgb): Buffer {
  const rows: Buffer[] = [];

  for (let row = 0; row < size; row++) {
    const line = Buffer.alloc(1 + size * 4);
    for (let column = 0; column < size; column++) {
      const sum: [number, number, number, number] = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const [r, g, b, a] = colorAt(
            (column + (sx + 0.5) / SAMPLES) / size,
            (row + (sy + 0.5) / SAMPLES) / size,
            tileColor,
          );
          sum[0] += r * a;
          sum[1] += g * a;
          sum[2] += b * a;
          sum[3] += a;
        }
      }
      const alpha = sum[3];
      const pixel =
        alpha === 0
          ? [0, 0, 0, 0]
          : [...sum.slice(0, 3).map((channel) => channel / alpha), alpha / SAMPLES ** 2];
      pixel.forEach((value, index) => line.writeUInt8(Math.round(value), 1 + column * 4 + index));
    }
    rows.push(line);
  }

  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);

  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) writeFileSync(`public/icons/icon-${size}.png`, png(size, TEAL));
for (const size of DISABLED_SIZES) {
  writeFileSync(`public/icons/icon-disabled-${size}.png`, png(size, GREY));
}
