/**
 * Reading and writing workbook files for the CLI. Writing is atomic: the bytes go to a temporary
 * file in the output's folder, which then replaces (or, without `force`, is linked to) the output,
 * so a crash never leaves a half-written workbook behind.
 */
import { randomBytes } from 'crypto';
import { promises as fs } from 'fs';
import { basename, dirname, join } from 'path';
import type { Workbook } from 'exceljs';
import { FileFormatError, FileWriteError, OutputExistsError } from '../../../core/errors';
import { MAX_FILE_BYTES } from './inspectFile';
import { loadWorkbookBuffer, workbookToBuffer, type LoadedWorkbook } from './workbookBytes';

export interface SaveOptions {
  /** Replace an existing file. Without it an existing output is refused with OutputExistsError. */
  force?: boolean;
}

function errnoOf(err: unknown): string {
  return (err as { code?: string }).code ?? '';
}

/**
 * Loads an .xlsx file. Throws FileFormatError: 'legacy-xls', 'wps-et', 'docx', 'not-xlsx',
 * 'truncated', 'too-large', or 'unreadable' (detail: the system error code such as ENOENT,
 * 'encrypted', or what ExcelJS said).
 */
export async function loadWorkbookFile(file: string): Promise<LoadedWorkbook> {
  let buf: Buffer;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (stat.size > MAX_FILE_BYTES) throw new FileFormatError(file, 'too-large', `${stat.size} bytes`);
    buf = await fs.readFile(file);
  } catch (err) {
    if (err instanceof FileFormatError) throw err;
    throw new FileFormatError(file, 'unreadable', errnoOf(err) || (err as Error).message);
  }
  return loadWorkbookBuffer(file, buf);
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes a workbook to `file` atomically. Throws OutputExistsError when the file exists and
 * `force` is not set, FileWriteError when writing fails (the output is then left untouched).
 */
export async function saveWorkbookFile(wb: Workbook, file: string, options: SaveOptions = {}): Promise<void> {
  if (!options.force && (await exists(file))) throw new OutputExistsError(file);
  let bytes: Buffer;
  try {
    bytes = await workbookToBuffer(wb);
  } catch (err) {
    throw new FileWriteError(file, '', `cannot serialise the workbook: ${(err as Error).message}`);
  }
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await fs.open(temp, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.force) await fs.rename(temp, file);
    else await linkWithoutOverwrite(temp, file);
  } catch (err) {
    if (err instanceof OutputExistsError) throw err;
    throw new FileWriteError(file, errnoOf(err), (err as Error).message);
  } finally {
    await fs.rm(temp, { force: true });
  }
}

/** Puts `temp` at `file` unless something is there already (even if it appeared meanwhile). */
async function linkWithoutOverwrite(temp: string, file: string): Promise<void> {
  try {
    await fs.link(temp, file);
  } catch (err) {
    const code = errnoOf(err);
    if (code === 'EEXIST') throw new OutputExistsError(file);
    // File systems without hard links: check, then rename (a narrow race, as good as they allow).
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw err;
    if (await exists(file)) throw new OutputExistsError(file);
    await fs.rename(temp, file);
  }
}
