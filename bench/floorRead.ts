/**
 * The floor of the CLI benchmark: a process that only reads the file with ExcelJS, as the CLI's
 * loader does (from a buffer), and exits.
 */
import { readFileSync } from 'fs';
import { Workbook } from 'exceljs';

const file = process.argv[2];
new Workbook().xlsx
  .load(readFileSync(file) as unknown as ArrayBuffer)
  .then((wb) => {
    process.stdout.write(`${wb.worksheets.length} sheets\n`);
  })
  .catch((err: Error) => {
    process.stderr.write(`${err.message}\n`);
    process.exit(2);
  });
