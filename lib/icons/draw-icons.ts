/**
 * Draws Callback's toolbar and store icons (public/icon/*.png) from a small vector description: a teal tile with a
 * white envelope and an amber "done" badge. Run with `npx tsx lib/icons/draw-icons.ts` after changing the design.
 * Node only; writes PNG with zlib, no image library needed.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { deflateSync } from 'node:zlib';

type RGBA = [number, number, number, number];
type Shape = (x: number, y: number) => boolean;

const TEAL_DARK: RGBA = [15, 94, 89, 255];
const TEAL: RGBA = [20, 150, 135, 255];
const WHITE: RGBA = [255, 255, 255, 255];
const AMBER: RGBA = [245, 158, 11, 255];

function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number): Shape {
  return (x, y) => {
    const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
    const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
    return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
  };
}
function circle(cx: number, cy: number, r: number): Shape {
  return (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}
function stroke(points: Array<[number, number]>, width: number): Shape {
  return (x, y) => {
    for (let i = 0; i + 1 < points.length; i++) {
      const [ax, ay] = points[i]!;
      const [bx, by] = points[i + 1]!;
      const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
      if ((x - ax - t * (bx - ax)) ** 2 + (y - ay - t * (by - ay)) ** 2 <= (width / 2) ** 2) return true;
    }
    return false;
  };
}

/** Layers in unit coordinates (0..1), painted in order. Small sizes drop the flap and the tick for legibility. */
function layers(size: number): Array<[Shape, RGBA | ((x: number, y: number) => RGBA)]> {
  const small = size <= 16;
  const gradient = (_x: number, y: number): RGBA => {
    const t = Math.min(1, Math.max(0, y));
    return [0, 1, 2].map((i) => Math.round(TEAL[i]! * (1 - t) + TEAL_DARK[i]! * t)).concat(255) as RGBA;
  };
  const list: Array<[Shape, RGBA | ((x: number, y: number) => RGBA)]> = [
    [roundedRect(0.02, 0.02, 0.98, 0.98, 0.22), gradient],
    [roundedRect(0.16, 0.26, 0.76, 0.7, 0.05), WHITE],
  ];
  if (!small) list.push([stroke([[0.2, 0.31], [0.46, 0.51], [0.72, 0.31]], 0.06), TEAL]);
  list.push([circle(0.74, 0.71, 0.22), WHITE]);
  list.push([circle(0.74, 0.71, small ? 0.2 : 0.18), AMBER]);
  if (!small) list.push([stroke([[0.655, 0.715], [0.72, 0.78], [0.83, 0.645]], 0.06), WHITE]);
  return list;
}

function render(size: number): Buffer {
  const ss = 4; // 4x4 supersampling for smooth edges
  const shapes = layers(size);
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = (px + (sx + 0.5) / ss) / size;
          const y = (py + (sy + 0.5) / ss) / size;
          let colour: RGBA = [0, 0, 0, 0];
          for (const [shape, fill] of shapes) if (shape(x, y)) colour = typeof fill === 'function' ? fill(x, y) : fill;
          const alpha = colour[3] / 255;
          r += colour[0] * alpha; g += colour[1] * alpha; b += colour[2] * alpha; a += alpha;
        }
      }
      const o = 1 + px * 4;
      row[o] = a ? Math.round(r / a) : 0;
      row[o + 1] = a ? Math.round(g / a) : 0;
      row[o + 2] = a ? Math.round(b / a) : 0;
      row[o + 3] = Math.round((a / (ss * ss)) * 255);
    }
    rows.push(row);
  }
  return png(size, size, Buffer.concat(rows));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
function png(width: number, height: number, raw: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = resolve(import.meta.dirname, '../../public/icon');
mkdirSync(out, { recursive: true });
for (const size of [16, 32, 48, 96, 128]) writeFileSync(resolve(out, `${size}.png`), render(size));
console.log(`icons written to ${out}`);
