// `npm run icons`: draws the add-on's logo (a rising line through connected contacts on a green
// tile) and writes the store listing's icons as PNG files, with nothing but Node and zlib, so the
// images are made from this file alone. test/build/icons.test.ts checks that the committed PNGs
// are what this script writes.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The sizes the Google Workspace Marketplace asks for as app icons. */
export const ICON_SIZES = [32, 128];

const GREEN = [15, 157, 88];
const WHITE = [255, 255, 255];
const YELLOW = [251, 188, 4];

/** The contacts, in the unit square (y down), joined in order by the rising line. */
const NODES = [
  [0.24, 0.72],
  [0.44, 0.5],
  [0.6, 0.6],
  [0.78, 0.28],
];
const LINE_HALF_WIDTH = 0.035;
const NODE_RADIUS = 0.075;

function distanceToSegment(x, y, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - ax - t * dx, y - ay - t * dy);
}

/** Inside a square tile with rounded corners, a small margin from the edge. */
function inTile(x, y) {
  const margin = 0.03;
  const radius = 0.2;
  const cx = Math.min(Math.max(x, margin + radius), 1 - margin - radius);
  const cy = Math.min(Math.max(y, margin + radius), 1 - margin - radius);
  return Math.hypot(x - cx, y - cy) <= radius;
}

/** The colour at a point of the unit square, or null outside the tile. */
function colourAt(x, y) {
  if (!inTile(x, y)) return null;
  const last = NODES.length - 1;
  for (let i = 0; i <= last; i++) {
    if (Math.hypot(x - NODES[i][0], y - NODES[i][1]) <= NODE_RADIUS) return i === last ? YELLOW : WHITE;
  }
  for (let i = 0; i < last; i++) {
    if (distanceToSegment(x, y, NODES[i], NODES[i + 1]) <= LINE_HALF_WIDTH) return WHITE;
  }
  return GREEN;
}

/** RGBA pixels of the logo at size × size, each pixel the average of 4 × 4 samples. */
export function drawLogo(size) {
  const samples = 4;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = colourAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (c === null) continue;
          sum[0] += c[0];
          sum[1] += c[1];
          sum[2] += c[2];
          sum[3] += 255;
        }
      }
      const n = samples * samples;
      const covered = sum[3] / 255;
      const at = (py * size + px) * 4;
      // Colour averaged over the covered samples only, so edges fade out instead of darkening.
      for (let k = 0; k < 3; k++) pixels[at + k] = covered === 0 ? 0 : Math.round(sum[k] / covered);
      pixels[at + 3] = Math.round(sum[3] / n);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG file (8-bit RGBA, no filtering) of width × height pixels. */
export function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) {
    rows[y * (width * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Writes icon-<size>.png for every size into `dir`; answers the paths written. */
export function writeIcons(dir) {
  mkdirSync(dir, { recursive: true });
  return ICON_SIZES.map((size) => {
    const file = path.join(dir, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, size, drawLogo(size)));
    return file;
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outIndex = process.argv.indexOf('--out');
  const dir = outIndex < 0 ? path.join(root, 'docs/store-listing') : path.resolve(process.argv[outIndex + 1]);
  for (const file of writeIcons(dir)) console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
