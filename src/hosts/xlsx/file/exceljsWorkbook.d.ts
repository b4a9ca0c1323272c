/** ExcelJS's Workbook module on its own (see workbookClass.ts): it exports the class. */
declare module 'exceljs/lib/doc/workbook' {
  import { Workbook } from 'exceljs';
  export = Workbook;
}
