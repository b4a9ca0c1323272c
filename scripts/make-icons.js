// Draws the add-in's icons (assets/icon-16/32/64/80/128.png): a teal sheet with white cell lines
// and an amber badge with a white check mark. Pure Node (zlib for PNG); run `node scripts/make-icons.js`.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80, 128];
const SAMPLES = 8; // per axis, per pixel (anti-aliasing)

const TEAL = [15, 118, 110];
const WHITE = [255, 255, 255];
const AMBER = [245, 158, 11];

const SHEET = { x0: 0.08, y0: 0.06, x1: 0.8, y1: 0.9, r: 0.1 };
const BADGE = { cx: 0.72, cy: 0.72, r: 0.25, ring: 0.055 };
const CHECK = [
  [0.6, 0.725],
  [0.69, 0.81],
  [0.845, 0.64],
];

function inRoundRect(x, y, { x0, y0, x1, y1, r }) {
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
}

function distToSegment(x, y, [ax, ay], [bx, by]) {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  return Math.hypot(x - (ax + t * vx), y - (ay + t * vy));
}

/** The colour at (x, y) in unit coordinates, or null where the icon is transparent. */
function colourAt(x, y, size) {
  // Cell lines: a whole number of pixels wide, centred so that they fill whole pixels (sharp at 16 px).
  const linePx = Math.max(1, Math.round(0.05 * size));
  const line = linePx / size;
  const snap = (v) => (linePx % 2 === 1 ? (Math.floor(v * size) + 0.5) / size : Math.round(v * size) / size);
  const dBadge = Math.hypot(x - BADGE.cx, y - BADGE.cy);
  if (dBadge <= BADGE.r) {
    const dCheck = Math.min(distToSegment(x, y, CHECK[0], CHECK[1]), distToSegment(x, y, CHECK[1], CHECK[2]));
    return dCheck <= Math.max(0.035, 0.75 / size) ? WHITE : AMBER;
  }
  if (dBadge <= BADGE.r + BADGE.ring) return null; // a transparent gap sets the badge apart
  if (!inRoundRect(x, y, SHEET)) return null;
  const inner = x > SHEET.x0 + 0.1 && x < SHEET.x1 - 0.08 && y > SHEET.y0 + 0.1 && y < SHEET.y1 - 0.08;
  const rows = [0.3, 0.48, 0.66].some((ly) => Math.abs(y - snap(ly)) <= line / 2);
  const column = Math.abs(x - snap(0.36)) <= line / 2 && y > snap(0.3) - line / 2;
  return inner && (rows || column) ? WHITE : TEAL;
}

function render(size) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const c = colourAt((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size, size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
        rgba[i + 3] = Math.round((255 * a) / (SAMPLES * SAMPLES));
      }
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** An 8-bit RGBA PNG. */
function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

const outDir = path.join(__dirname, '..', 'assets');
fs.mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = path.join(outDir, `icon-${size}.png`);
  fs.writeFileSync(file, encodePng(size, render(size)));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
