// Reads a zip archive's central directory with plain Buffer reads, and single entries on demand.
import { inflateRawSync } from 'zlib';
import { crc32 } from './crc32';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** Why an archive cannot be read; the file loader turns it into a FileFormatError. */
export class ZipError extends Error {
  constructor(
    readonly reason: 'not-zip' | 'truncated' | 'corrupt' | 'too-large' | 'encrypted' | 'unsupported',
    detail: string,
  ) {
    super(detail);
  }
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

/** Finds the end-of-central-directory record, or -1. */
function findEocd(buf: Buffer): number {
  const stop = Math.max(0, buf.length - EOCD_SIZE - MAX_COMMENT);
  for (let i = buf.length - EOCD_SIZE; i >= stop; i--) {
    if (buf.readUInt32LE(i) === SIG_EOCD && i + EOCD_SIZE + buf.readUInt16LE(i + 20) <= buf.length) return i;
  }
  return -1;
}

function u64(buf: Buffer, at: number): number {
  const v = buf.readBigUInt64LE(at);
  return v > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(v);
}

/**
 * The entries listed in the central directory, with the sizes it declares. Nothing is inflated.
 * Throws ZipError 'truncated' when the directory is missing or points past the end of the data.
 */
export function readCentralDirectory(buf: Buffer): ZipEntry[] {
  if (buf.length < EOCD_SIZE) throw new ZipError('truncated', 'shorter than an empty zip');
  const eocd = findEocd(buf);
  if (eocd < 0) throw new ZipError('truncated', 'no end-of-central-directory record');
  let count = buf.readUInt16LE(eocd + 10);
  let cdSize = buf.readUInt32LE(eocd + 12);
  let cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || buf.readUInt32LE(loc) !== SIG_ZIP64_LOCATOR)
      throw new ZipError('truncated', 'zip64 locator missing');
    const rec = u64(buf, loc + 8);
    if (rec + 56 > buf.length || buf.readUInt32LE(rec) !== SIG_ZIP64_EOCD) {
      throw new ZipError('truncated', 'zip64 end record missing');
    }
    count = u64(buf, rec + 32);
    cdSize = u64(buf, rec + 40);
    cdOffset = u64(buf, rec + 48);
  }
  if (cdOffset + cdSize > buf.length) throw new ZipError('truncated', 'central directory past the end of the file');
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== SIG_CENTRAL) {
      throw new ZipError('truncated', `central directory entry ${i + 1} of ${count} missing`);
    }
    const flags = buf.readUInt16LE(p + 8);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    if (p + 46 + nameLen + extraLen + commentLen > buf.length)
      throw new ZipError('truncated', 'central directory cut short');
    const rawName = buf.subarray(p + 46, p + 46 + nameLen);
    const entry: ZipEntry = {
      name: rawName.toString(flags & 0x800 ? 'utf8' : 'latin1').replace(/^\/+/, ''),
      method: buf.readUInt16LE(p + 10),
      flags,
      crc32: buf.readUInt32LE(p + 16),
      compressedSize: buf.readUInt32LE(p + 20),
      uncompressedSize: buf.readUInt32LE(p + 24),
      localHeaderOffset: buf.readUInt32LE(p + 42),
    };
    readZip64Extra(buf.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen), entry);
    entries.push(entry);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Replaces 0xFFFFFFFF sizes and offset by their zip64 values (extra field 0x0001). */
function readZip64Extra(extra: Buffer, e: ZipEntry): void {
  const FULL = 0xffffffff;
  if (e.uncompressedSize !== FULL && e.compressedSize !== FULL && e.localHeaderOffset !== FULL) return;
  for (let q = 0; q + 4 <= extra.length;) {
    const id = extra.readUInt16LE(q);
    const size = extra.readUInt16LE(q + 2);
    if (id === 0x0001) {
      let r = q + 4;
      const take = (): number => {
        if (r + 8 > q + 4 + size) throw new ZipError('corrupt', 'zip64 extra field too short');
        const v = u64(extra, r);
        r += 8;
        return v;
      };
      if (e.uncompressedSize === FULL) e.uncompressedSize = take();
      if (e.compressedSize === FULL) e.compressedSize = take();
      if (e.localHeaderOffset === FULL) e.localHeaderOffset = take();
      return;
    }
    q += 4 + size;
  }
}

/** Where an entry's compressed bytes are in the archive. */
export function entryDataRange(buf: Buffer, e: ZipEntry): { start: number; end: number } {
  const h = e.localHeaderOffset;
  if (h + 30 > buf.length) throw new ZipError('truncated', `${e.name}: local header past the end`);
  if (buf.readUInt32LE(h) !== SIG_LOCAL) throw new ZipError('corrupt', `${e.name}: no local header`);
  const start = h + 30 + buf.readUInt16LE(h + 26) + buf.readUInt16LE(h + 28);
  const end = start + e.compressedSize;
  if (end > buf.length) throw new ZipError('truncated', `${e.name}: data past the end`);
  return { start, end };
}

/** The raw (still compressed) bytes of an entry. */
export function rawEntryData(buf: Buffer, e: ZipEntry): Buffer {
  const { start, end } = entryDataRange(buf, e);
  return buf.subarray(start, end);
}

/**
 * An entry's uncompressed bytes. Inflates at most the size the directory declares (a liar is
 * stopped there), then checks the size and the CRC.
 */
export function readEntry(buf: Buffer, e: ZipEntry): Buffer {
  if (e.flags & 0x1) throw new ZipError('encrypted', `${e.name} is encrypted`);
  const raw = rawEntryData(buf, e);
  let out: Buffer;
  if (e.method === 0) out = raw;
  else if (e.method === 8) {
    try {
      out = inflateRawSync(raw, { maxOutputLength: Math.max(1, e.uncompressedSize) });
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (code === 'ERR_BUFFER_TOO_LARGE') {
        throw new ZipError('too-large', `${e.name} inflates beyond its declared ${e.uncompressedSize} bytes`);
      }
      throw new ZipError('corrupt', `${e.name}: ${(err as Error).message}`);
    }
  } else throw new ZipError('unsupported', `${e.name}: compression method ${e.method}`);
  if (out.length !== e.uncompressedSize) {
    throw new ZipError('corrupt', `${e.name}: ${out.length} bytes, directory says ${e.uncompressedSize}`);
  }
  if (crc32(out) !== e.crc32) throw new ZipError('corrupt', `${e.name}: CRC mismatch`);
  return out;
}
