// Writes a zip archive: new entries are deflated, copied entries keep their compressed bytes.
import { deflateRawSync } from 'zlib';
import { crc32 } from './crc32';
import { rawEntryData, type ZipEntry } from './zipReader';

export type ZipSource =
  /** New content, deflated here. */
  | { name: string; data: Buffer }
  /** An entry of another archive, copied as it is. */
  | { name: string; from: Buffer; entry: ZipEntry }
  /** Content stored uncompressed, with its CRC-32 known already (e.g. checked on reading). */
  | { name: string; stored: Buffer; crc: number };

/** 1 January 1980, the earliest date a zip entry can carry (time 00:00). */
const DOS_DATE_1980 = (1 << 5) | 1;

interface Prepared {
  name: Buffer;
  method: number;
  crc: number;
  compressed: Buffer;
  size: number;
}

function prepare(src: ZipSource): Prepared {
  const name = Buffer.from(src.name, 'utf8');
  if ('data' in src) {
    return { name, method: 8, crc: crc32(src.data), compressed: deflateRawSync(src.data), size: src.data.length };
  }
  if ('stored' in src) return { name, method: 0, crc: src.crc >>> 0, compressed: src.stored, size: src.stored.length };
  const e = src.entry;
  return { name, method: e.method, crc: e.crc32, compressed: rawEntryData(src.from, e), size: e.uncompressedSize };
}

/** A zip archive of the entries in order (no zip64: workbooks stay far below 4 GB). */
export function writeZip(sources: ZipSource[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const src of sources) {
    const p = prepare(src);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(p.method, 8);
    local.writeUInt16LE(DOS_DATE_1980, 12);
    local.writeUInt32LE(p.crc, 14);
    local.writeUInt32LE(p.compressed.length, 18);
    local.writeUInt32LE(p.size, 22);
    local.writeUInt16LE(p.name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(p.method, 10);
    central.writeUInt16LE(DOS_DATE_1980, 14);
    central.writeUInt32LE(p.crc, 16);
    central.writeUInt32LE(p.compressed.length, 20);
    central.writeUInt32LE(p.size, 24);
    central.writeUInt16LE(p.name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, p.name, p.compressed);
    centrals.push(central, p.name);
    offset += local.length + p.name.length + p.compressed.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(sources.length, 8);
  eocd.writeUInt16LE(sources.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}
