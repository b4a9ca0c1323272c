/**
 * A zip bomb is refused from the sizes its central directory declares, before anything is
 * inflated; a directory that lies about a size is stopped at the declared size.
 */
import { readFileSync } from 'fs';
import * as zlib from 'zlib';
import { FileFormatError } from '../../src/core/errors';
import { loadWorkbookBuffer, MAX_UNCOMPRESSED_BYTES } from '../../src/hosts/xlsx';
import { readCentralDirectory } from '../../src/hosts/xlsx/zip/zipReader';
import * as cases from '../fixtures/bad/cases';
import { tempDir } from '../cli/helpers';

// Every inflate of the zip reader goes through this counted stand-in for zlib's own.
jest.mock('zlib', () => {
  const actual = jest.requireActual<typeof import('zlib')>('zlib');
  return { ...actual, inflateRawSync: jest.fn(actual.inflateRawSync) };
});

const { dir, cleanup } = tempDir();
afterAll(cleanup);

test('the bomb declares more than the limit and is refused without inflating a byte', async () => {
  const bytes = readFileSync(cases.zipBomb(dir));
  const declared = readCentralDirectory(bytes).reduce((n, e) => n + e.uncompressedSize, 0);
  expect(declared).toBeGreaterThan(MAX_UNCOMPRESSED_BYTES);
  expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
  const inflate = zlib.inflateRawSync as unknown as jest.Mock;
  inflate.mockClear();
  const err = await loadWorkbookBuffer('炸弹.xlsx', bytes).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(FileFormatError);
  expect(err).toMatchObject({ file: '炸弹.xlsx', reason: 'too-large' });
  expect(inflate).not.toHaveBeenCalled();
});

test('a directory that understates a size is stopped at the size it declared', async () => {
  const bytes = Buffer.from(readFileSync(cases.zipBomb(dir)));
  const entries = readCentralDirectory(bytes);
  // Rewrite every central record to declare 1 KB for each 50 MB entry (the sum then passes).
  let p = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  for (const e of entries) {
    if (e.uncompressedSize > 1024) bytes.writeUInt32LE(1024, p + 24);
    p += 46 + bytes.readUInt16LE(p + 28) + bytes.readUInt16LE(p + 30) + bytes.readUInt16LE(p + 32);
  }
  const inflate = zlib.inflateRawSync as unknown as jest.Mock;
  inflate.mockClear();
  const err = await loadWorkbookBuffer('说谎.xlsx', bytes).catch((e: unknown) => e);
  // The mock counts: this check does inflate (and stops), unlike the one above.
  expect(inflate).toHaveBeenCalled();
  expect(err).toBeInstanceOf(FileFormatError);
  expect(err).toMatchObject({ file: '说谎.xlsx', reason: 'too-large' });
  expect(String((err as FileFormatError).detail)).toContain('inflates beyond its declared 1024 bytes');
});
