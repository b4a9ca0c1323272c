/**
 * Helpers of the CLI tests: the command run in-process with captured output, workbooks written
 * with ExcelJS as a user pasting the seed's forms would make them (one form per sheet, cell by
 * cell, numbers as numbers), temporary folders and file hashes.
 */
import { createHash } from 'crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Workbook, type Style, type Worksheet } from 'exceljs';
import { main } from '../../src/cli/main';
import type { CliIO } from '../../src/cli/io';
import { snapshotFromText } from '../../src/core/forms/fromText';
import { readCentralDirectory, readEntry } from '../../src/hosts/xlsx/zip/zipReader';
import { writeZip } from '../../src/hosts/xlsx/zip/zipWriter';
import { seedForms } from '../fixtures/forms/seedForms';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `jixiao …` in-process in `cwd`; stdout and stderr as the terminal would show them. */
export async function run(cwd: string, ...argv: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const nl = (t: string) => (t.endsWith('\n') ? t : `${t}\n`);
  const io: CliIO = { out: (t) => out.push(nl(t)), err: (t) => err.push(nl(t)), cwd };
  const code = await main(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-cli-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

export interface PastedSheet {
  name: string;
  text: string;
}

/** Writes each text into its own sheet, from A1, one cell at a time (empty fields left empty). */
export async function writePasted(file: string, sheets: PastedSheet[]): Promise<void> {
  const wb = new Workbook();
  for (const { name, text } of sheets) {
    const ws = wb.addWorksheet(name);
    const snap = snapshotFromText(text, { sheetName: name });
    snap.values.forEach((row, i) =>
      row.forEach((value, j) => {
        if (value !== '') ws.getCell(snap.origin.row + i, snap.origin.col + j).value = value;
      }),
    );
  }
  await wb.xlsx.writeFile(file);
}

/** The seed's four forms in sheets 表1 … 表4. */
export async function writeSeed(file: string): Promise<void> {
  await writePasted(
    file,
    seedForms().map((text, i) => ({ name: `表${i + 1}`, text })),
  );
}

/** The seed's fourth project form with its flaws fixed: validation finds nothing. */
export function cleanProjectText(): string {
  return seedForms()[3]
    .replace('财政资金投入成本\t大于98%\t大于98%', '财政资金投入成本\t≤3万元\t≤3万元')
    .replace('预算资金执行率\t100%\t100%', '科技企业参与率\t≥90%\t≥90%');
}

export async function writeClean(file: string): Promise<void> {
  await writePasted(file, [{ name: '项目', text: cleanProjectText() }]);
}

/** The bytes of a legacy .xls (an OLE2 compound file header, then padding). */
export function writeLegacyXls(file: string): void {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  writeFileSync(file, Buffer.concat([header, Buffer.alloc(1024)]));
}

/** Adds parts to a saved .xlsx (e.g. docProps/custom.xml, which ExcelJS drops). */
export function addZipParts(file: string, parts: Record<string, string>): void {
  const zip = readFileSync(file);
  const entries = readCentralDirectory(zip);
  writeFileSync(
    file,
    writeZip([
      ...entries.map((e) => ({ name: e.name, from: zip, entry: e })),
      ...Object.entries(parts).map(([name, text]) => ({ name, data: Buffer.from(text, 'utf8') })),
    ]),
  );
}

/** The text of one part of an .xlsx. */
export function zipPart(file: string, name: string): string | null {
  const zip = readFileSync(file);
  const e = readCentralDirectory(zip).find((x) => x.name === name);
  return e ? readEntry(zip, e).toString('utf8') : null;
}

/** Loads a workbook with a plain ExcelJS (not the host's loader). */
export async function loadRaw(file: string): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** The font, fill and alignment ExcelJS reads for a cell (plain data, for assertions). */
export function styleAt(ws: Worksheet, row: number, col: number): Partial<Pick<Style, 'font' | 'fill' | 'alignment'>> {
  const { font, fill, alignment } = ws.getCell(row, col).style;
  return { font, fill, alignment };
}
