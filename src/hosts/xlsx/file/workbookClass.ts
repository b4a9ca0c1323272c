/**
 * ExcelJS's Workbook class, loaded on its own. The package's entry point also loads its streaming
 * reader and writer and what they need (unzipper, archiver …): about 0.1 s of CPU at every start of
 * the CLI, which uses neither. It is the same class: the entry point's `Workbook` is this module.
 */
import Workbook from 'exceljs/lib/doc/workbook';

export { Workbook };
