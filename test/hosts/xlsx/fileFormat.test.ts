// File loading: types refused by magic bytes and extension, zip limits checked before inflating.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { FileFormatError } from '../../../src/core/errors';
import {
  loadWorkbookBuffer,
  loadWorkbookFile,
  MAX_UNCOMPRESSED_BYTES,
  workbookToBuffer,
} from '../../../src/hosts/xlsx';
import { readCentralDirectory } from '../../../src/hosts/xlsx/zip/zipReader';
import { writeZip } from '../../../src/hosts/xlsx/zip/zipWriter';
import { tempDir, workbookWith } from './helpers';

const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

function ole2(...streams: string[]): Buffer {
  return Buffer.concat([OLE2, Buffer.alloc(504), ...streams.map((s) => Buffer.from(s, 'utf16le')), Buffer.alloc(1024)]);
}

async function validXlsx(): Promise<Buffer> {
  const wb = workbookWith('Sheet1');
  wb.getWorksheet('Sheet1')!.getCell('A1').value = 'hello';
  return workbookToBuffer(wb);
}

/** Copies a zip with entries added. */
function withEntries(zip: Buffer, extra: Record<string, string>): Buffer {
  const entries = readCentralDirectory(zip);
  return writeZip([
    ...entries.map((entry) => ({ name: entry.name, from: zip, entry })),
    ...Object.entries(extra).map(([name, text]) => ({ name, data: Buffer.from(text, 'utf8') })),
  ]);
}

/** Offsets of the central directory records of a zip, in order. */
function centralRecords(zip: Buffer): number[] {
  const out: number[] = [];
  for (let i = zip.length - 22; i >= 0; i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      let p = zip.readUInt32LE(i + 16);
      const n = zip.readUInt16LE(i + 10);
      for (let k = 0; k < n; k++) {
        out.push(p);
        p += 46 + zip.readUInt16LE(p + 28) + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
      }
      return out;
    }
  }
  throw new Error('no end record');
}

async function refusal(file: string, bytes: Buffer): Promise<FileFormatError> {
  try {
    await loadWorkbookBuffer(file, bytes);
  } catch (err) {
    expect(err).toBeInstanceOf(FileFormatError);
    return err as FileFormatError;
  }
  throw new Error('not refused');
}

describe('file type detection', () => {
  const cases: [string, string, () => Buffer | Promise<Buffer>, FileFormatError['reason'], string][] = [
    ['an Excel 97-2003 file', 'old.xls', () => ole2('Workbook'), 'legacy-xls', 'OLE2'],
    ['a WPS spreadsheet', 'form.et', () => ole2('Workbook'), 'wps-et', 'OLE2'],
    ['an .xls renamed .xlsx', 'renamed.xlsx', () => ole2('Workbook'), 'legacy-xls', 'OLE2'],
    [
      'a password-protected workbook',
      'secret.xlsx',
      () => ole2('EncryptionInfo', 'EncryptedPackage'),
      'unreadable',
      'encrypted',
    ],
    ['a Word 97-2003 document', 'letter.xlsx', () => ole2('WordDocument'), 'docx', 'Word 97-2003 (.doc)'],
    [
      'a Word document',
      'report.xlsx',
      () =>
        writeZip([
          { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
          { name: 'word/document.xml', data: Buffer.from('<w:document/>') },
        ]),
      'docx',
      'Word document',
    ],
    ['a text file renamed .xlsx', 'table.xlsx', () => Buffer.from('项目名称,金额\n甲,1\n', 'utf8'), 'not-xlsx', 'text'],
    [
      'an HTML table saved as .xls',
      'export.xls',
      () => Buffer.from('<html><body><table><tr><td>1</td></tr></table></body></html>'),
      'legacy-xls',
      'html',
    ],
    ['an empty file', 'empty.xlsx', () => Buffer.alloc(0), 'not-xlsx', 'empty file'],
    [
      'a zip without a workbook',
      'photos.xlsx',
      () => writeZip([{ name: 'a.txt', data: Buffer.from('x') }]),
      'not-xlsx',
      'zip without xl/workbook.xml',
    ],
  ];
  it.each(cases)('refuses %s', async (_what, file, make, reason, detail) => {
    const err = await refusal(file, await make());
    expect(err.reason).toBe(reason);
    expect(err.detail).toBe(detail);
    expect(err.file).toBe(file);
  });

  it('refuses a truncated zip', async () => {
    const good = await validXlsx();
    const err = await refusal('cut.xlsx', good.subarray(0, Math.floor(good.length / 2)));
    expect(err.reason).toBe('truncated');
  });

  it('refuses a zip whose data is damaged', async () => {
    const good = await validXlsx();
    const bad = Buffer.from(good);
    const firstData = 30 + bad.readUInt16LE(26) + bad.readUInt16LE(28);
    bad[firstData + 5] ^= 0xff;
    const err = await refusal('damaged.xlsx', bad);
    expect(err.reason).toBe('unreadable');
  });

  it('turns what ExcelJS cannot parse into FileFormatError, never its own error', async () => {
    const zip = writeZip([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      {
        name: 'xl/workbook.xml',
        data: Buffer.from('<workbook><sheets><sheet name="x" sheetId="1" r:id="rId1"/></sheets'),
      },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.from('<<<not xml') },
    ]);
    const err = await refusal('odd.xlsx', zip);
    expect(err.reason).toBe('unreadable');
  });

  it('reports a missing file as unreadable with its system code', async () => {
    await expect(loadWorkbookFile('/nonexistent/dir/none.xlsx')).rejects.toMatchObject({
      reason: 'unreadable',
      detail: 'ENOENT',
    });
  });
});

describe('zip limits, checked on the central directory before inflating', () => {
  it('refuses a directory claiming more than the total limit', async () => {
    const zip = writeZip([
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.from('<worksheet/>') },
    ]);
    const claim = Math.floor(MAX_UNCOMPRESSED_BYTES / 2) + 1024;
    for (const p of centralRecords(zip)) zip.writeUInt32LE(claim, p + 24);
    const err = await refusal('bomb.xlsx', zip);
    // Inflating these entries would have given a size mismatch ('unreadable'): nothing was inflated.
    expect(err.reason).toBe('too-large');
    expect(err.detail).toMatch(/uncompressed size above/);
  });

  it('refuses one entry with a compression ratio above the limit', async () => {
    const zip = writeZip([
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(4 * 1024 * 1024, 0x20) },
    ]);
    const err = await refusal('ratio.xlsx', zip);
    expect(err.reason).toBe('too-large');
    expect(err.detail).toMatch(/^xl\/worksheets\/sheet1\.xml: compression ratio \d+:1$/);
  });

  it('stops an entry that inflates beyond the size its directory declares', async () => {
    const zip = writeZip([
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.from('<worksheet>'.repeat(1000)) },
    ]);
    const [, second] = centralRecords(zip);
    zip.writeUInt32LE(100, second + 24);
    const err = await refusal('liar.xlsx', zip);
    expect(err.reason).toBe('too-large');
    expect(err.detail).toMatch(/inflates beyond its declared 100 bytes/);
  });

  it('accepts an ordinary workbook and reports no dropped parts', async () => {
    const loaded = await loadWorkbookBuffer('ok.xlsx', await validXlsx());
    expect(loaded.droppedParts).toEqual([]);
    expect(loaded.workbook.getWorksheet('Sheet1')!.getCell('A1').value).toBe('hello');
  });

  it('reports the parts ExcelJS drops', async () => {
    const zip = withEntries(await validXlsx(), {
      'xl/charts/chart1.xml': '<c:chartSpace/>',
      'xl/pivotTables/pivotTable1.xml': '<pivotTableDefinition/>',
      'customXml/item1.xml': '<x/>',
      'docProps/custom.xml': '<Properties/>',
      'xl/drawings/drawing1.xml':
        '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"><xdr:absoluteAnchor><xdr:sp><xdr:nvSpPr/></xdr:sp></xdr:absoluteAnchor></xdr:wsDr>',
    });
    const loaded = await loadWorkbookBuffer('rich.xlsx', zip);
    expect([...loaded.droppedParts].sort()).toEqual([
      'charts',
      'customProperties',
      'customXml',
      'drawings',
      'pivotTables',
    ]);
  });

  it('reports defined names ExcelJS cannot keep', async () => {
    const zip = await validXlsx();
    const entries = readCentralDirectory(zip);
    const wbEntry = entries.find((e) => e.name === 'xl/workbook.xml')!;
    const { readEntry } = await import('../../../src/hosts/xlsx/zip/zipReader');
    const xml = readEntry(zip, wbEntry)
      .toString('utf8')
      .replace('</sheets>', '</sheets><definedNames><definedName name="rate">0.05</definedName></definedNames>');
    const patched = writeZip(
      entries.map((e) =>
        e === wbEntry ? { name: e.name, data: Buffer.from(xml) } : { name: e.name, from: zip, entry: e },
      ),
    );
    expect((await loadWorkbookBuffer('names.xlsx', patched)).droppedParts).toEqual(['definedNames']);
  });
});

describe('loading from disk', () => {
  it('reads a file written in a temp folder and refuses a renamed text file there', async () => {
    const t = tempDir();
    try {
      writeFileSync(join(t.dir, 'good.xlsx'), await validXlsx());
      writeFileSync(join(t.dir, 'bad.xlsx'), 'just text\n');
      expect((await loadWorkbookFile(join(t.dir, 'good.xlsx'))).workbook.worksheets.map((w) => w.name)).toEqual([
        'Sheet1',
      ]);
      await expect(loadWorkbookFile(join(t.dir, 'bad.xlsx'))).rejects.toMatchObject({
        code: 'file-format',
        reason: 'not-xlsx',
        detail: 'text',
      });
      expect(existsSync(join(t.dir, 'bad.xlsx'))).toBe(true);
      expect(readFileSync(join(t.dir, 'bad.xlsx'), 'utf8')).toBe('just text\n');
      expect(readdirSync(t.dir).sort()).toEqual(['bad.xlsx', 'good.xlsx']);
    } finally {
      t.cleanup();
    }
  });
});
