// Writes the add-in icons (16/32/64/80 px PNG) without image tools: a red square (the colour of
// administrative headers) with a white document glyph. Run: node addin/assets/make-icons.cjs
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size) {
  const bg = [0xc0, 0x1f, 0x2d];
  const fg = [0xff, 0xff, 0xff];
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = [0];
    for (let x = 0; x < size; x++) {
      const u = x / size;
      const v = y / size;
      // Page outline with three text lines.
      const page = u > 0.25 && u < 0.75 && v > 0.15 && v < 0.85;
      const inner = u > 0.31 && u < 0.69 && v > 0.21 && v < 0.79;
      const line =
        inner && [0.33, 0.47, 0.61].some((t) => v > t && v < t + 0.07) && u < (v > 0.6 ? 0.58 : 0.66);
      const c = (page && !inner) || line ? fg : bg;
      row.push(...c);
    }
    rows.push(Buffer.from(row));
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // truecolour RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
for (const s of [16, 32, 64, 80]) fs.writeFileSync(path.join(__dirname, `icon-${s}.png`), png(s));
