/**
 * The files `jixiao validate FILE|DIR...` checks: files as named, and every .xlsx of a folder sorted
 * by name. A folder's .xls, .et and .docx files are listed as refused (they need saving as .xlsx);
 * its other files, Office lock files (~$…) and macOS metadata files (._…) are skipped.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { FileFormatError } from '../../core/errors';

export interface Input {
  /** The file as shown to the user: the argument, or the folder argument joined with the name. */
  file: string;
  /** Absolute path. */
  path: string;
  /** Known unreadable without opening it (by its extension, in a folder). */
  refused?: FileFormatError;
}

/** Extensions of workbook-like files a folder may hold that cannot be read, and why. */
const REFUSED: Record<string, FileFormatError['reason']> = {
  '.xls': 'legacy-xls',
  '.et': 'wps-et',
  '.ett': 'wps-et',
  '.doc': 'docx',
  '.docx': 'docx',
  '.xlsb': 'not-xlsx',
};

/** File names in the order a folder lists them (made when first needed: ICU's collator takes a few ms to set up). */
let collator: Intl.Collator | null = null;
const byName = (a: string, b: string): number => (collator ??= new Intl.Collator('zh-CN', { numeric: true })).compare(a, b);

export interface CollectedInputs {
  inputs: Input[];
  /** Folder arguments that held nothing to check. */
  emptyDirs: string[];
}

/**
 * Expands the arguments. `exclude` lists absolute paths never taken from a folder (the report being
 * written). A path that does not exist is kept as a file: reading it reports the error.
 */
export async function collectInputs(args: string[], cwd: string, exclude: string[] = []): Promise<CollectedInputs> {
  const inputs: Input[] = [];
  const emptyDirs: string[] = [];
  const seen = new Set<string>();
  const add = (input: Input) => {
    if (seen.has(input.path)) return;
    seen.add(input.path);
    inputs.push(input);
  };
  for (const arg of args) {
    const full = path.resolve(cwd, arg);
    const stat = await fs.stat(full).catch(() => null);
    if (!stat?.isDirectory()) {
      add({ file: arg, path: full });
      continue;
    }
    const names = (await fs.readdir(full)).sort(byName);
    let found = 0;
    for (const name of names) {
      if (name.startsWith('~$') || name.startsWith('._')) continue;
      const entry = path.join(full, name);
      if (exclude.includes(entry)) continue;
      const ext = path.extname(name).toLowerCase();
      if (ext !== '.xlsx' && !(ext in REFUSED)) continue;
      const entryStat = await fs.stat(entry).catch(() => null);
      if (!entryStat?.isFile()) continue;
      const file = path.join(arg, name);
      found++;
      add(ext === '.xlsx' ? { file, path: entry } : { file, path: entry, refused: new FileFormatError(file, REFUSED[ext]) });
    }
    if (found === 0) emptyDirs.push(arg);
  }
  return { inputs, emptyDirs };
}
