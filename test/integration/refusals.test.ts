/**
 * A command whose plan is refused changes nothing, through either host: 插入模板 into an area where
 * one cell holds a value, into a protected sheet, or as a new sheet of a workbook whose structure is
 * protected; 添加指标行 on a protected sheet. The whole workbook is compared before and after: the
 * fake Excel's entire state; every part of the .xlsx the xlsx host's workbook would be saved as.
 */
import { Workbook } from 'exceljs';
import { addIndicatorRow } from '../../src/commands/addIndicatorRow';
import { insertTemplate } from '../../src/commands/insertTemplate';
import { PlanRefusedError, type Violation } from '../../src/core/errors';
import { templateLayout } from '../../src/core/templates/layout';
import type { FormKind } from '../../src/core/templates/fields';
import { protectWorkbookStructure, workbookToBuffer } from '../../src/hosts/xlsx';
import { readCentralDirectory, readEntry } from '../../src/hosts/xlsx/zip/zipReader';
import { HOST_NAMES, officeFixture, xlsxFixture, type HostName, type Start } from './hosts';

/** What a refused command must leave exactly as it was. */
interface Watched {
  host: HostName;
  run(command: () => Promise<unknown>): Promise<{ error: unknown; before: unknown; after: unknown }>;
  protectSheet(name: string): Promise<void>;
  protectStructure(): void;
  insert(kind: FormKind, target: 'newSheet' | 'selection'): () => Promise<unknown>;
  addRow(): () => Promise<unknown>;
  select(sheet: string, a1: string): Promise<void>;
}

/** Every part of the file the workbook would be saved as, by name. */
async function xlsxParts(wb: Workbook): Promise<Record<string, string>> {
  const buf = await workbookToBuffer(wb);
  return Object.fromEntries(readCentralDirectory(buf).map((e) => [e.name, readEntry(buf, e).toString('utf8')]));
}

async function caught(command: () => Promise<unknown>): Promise<unknown> {
  try {
    await command();
  } catch (e) {
    return e;
  }
  return null;
}

function watched(host: HostName, start: Start): Watched {
  if (host !== 'xlsx') {
    const fx = officeFixture(start, host === 'office-1.8' ? { apiVersion: '1.8' } : {});
    return {
      host,
      async run(command) {
        const before = fx.fake.inspect();
        const error = await caught(command);
        return { error, before, after: fx.fake.inspect() };
      },
      protectSheet: async (name) => fx.fake.protectSheet(name),
      protectStructure: () => fx.fake.protectStructure(),
      insert: (kind, target) => () => insertTemplate(fx.host, { kind, target }),
      addRow: () => () => addIndicatorRow(fx.host),
      select: (sheet, a1) => fx.select(sheet, a1),
    };
  }
  // Nothing is saved to a file here: no temporary folder to clean up.
  const fx = xlsxFixture(start);
  return {
    host,
    async run(command) {
      const before = await xlsxParts(fx.workbook);
      const error = await caught(command);
      return { error, before, after: await xlsxParts(fx.workbook) };
    },
    async protectSheet(name) {
      await fx.workbook.getWorksheet(name)!.protect('', {});
    },
    protectStructure: () => protectWorkbookStructure(fx.workbook),
    insert: (kind, target) => () => insertTemplate(fx.host, { kind, target }),
    addRow: () => () => addIndicatorRow(fx.host),
    select: (sheet, a1) => fx.select(sheet, a1),
  };
}

function violationsOf(error: unknown): Violation[] {
  expect(error).toBeInstanceOf(PlanRefusedError);
  return (error as PlanRefusedError).violations;
}

/** A workbook with a sheet the form goes onto (selected at C5) and one more with content. */
function start(cells: Record<string, string | number>): Start {
  return {
    sheets: [
      { name: 'Sheet1', cells: { A1: '左上', ...cells } },
      { name: '其他', cells: { B2: '别动', C3: 42 } },
    ],
    active: 'Sheet1',
    selection: 'C5',
  };
}

// The department form at C5 covers C5:G33, the project form C5:H29.
const OCCUPIED: { kind: FormKind; cells: Record<string, string | number>; first: string; value: string }[] = [
  { kind: 'department', cells: { C5: '已有标题' }, first: 'C5', value: '已有标题' },
  { kind: 'department', cells: { E20: 0 }, first: 'E20', value: '0' },
  { kind: 'department', cells: { G33: '右下角' }, first: 'G33', value: '右下角' },
  { kind: 'project', cells: { H29: 7.5, D12: '先到' }, first: 'D12', value: '先到' },
  { kind: 'project', cells: { F5: '第一行', C6: '第二行' }, first: 'F5', value: '第一行' },
];

describe.each(HOST_NAMES)('%s host', (host) => {
  test.each(OCCUPIED)('插入模板 ($kind) at C5 with $first occupied: refused, nothing changed', async (c) => {
    const w = watched(host, start(c.cells));
    const { error, before, after } = await w.run(w.insert(c.kind, 'selection'));
    expect(violationsOf(error)).toEqual([{ kind: 'cellOccupied', sheet: 'Sheet1', cell: c.first, value: c.value }]);
    expect(after).toEqual(before);
  });

  test('values just outside the form do not stop it', async () => {
    // Right of, below, above and left of the department form at C5:G33.
    const w = watched(host, start({ H5: '右', C34: '下', C4: '上', B5: '左' }));
    const { error, before, after } = await w.run(w.insert('department', 'selection'));
    expect(error).toBeNull();
    expect(after).not.toEqual(before);
  });

  test('插入模板 into a protected sheet: refused, nothing changed', async () => {
    const w = watched(host, start({}));
    await w.protectSheet('Sheet1');
    const { error, before, after } = await w.run(w.insert('project', 'selection'));
    expect(violationsOf(error)).toEqual([{ kind: 'sheetProtected', sheet: 'Sheet1' }]);
    expect(after).toEqual(before);
  });

  test('插入模板 as a new sheet of a workbook with its structure protected: refused, nothing changed', async () => {
    const w = watched(host, start({}));
    w.protectStructure();
    const { error, before, after } = await w.run(w.insert('department', 'newSheet'));
    expect(violationsOf(error)).toEqual([{ kind: 'structureProtected' }]);
    expect(after).toEqual(before);
  });

  test('添加指标行 on a form whose sheet was protected since: refused, nothing changed', async () => {
    const w = watched(host, start({}));
    expect((await w.run(w.insert('project', 'newSheet'))).error).toBeNull();
    const ind = templateLayout('project', 'A1').indicators;
    await w.select('项目', `D${ind.firstRow}`);
    await w.protectSheet('项目');
    const { error, before, after } = await w.run(w.addRow());
    expect(violationsOf(error)).toEqual([{ kind: 'sheetProtected', sheet: '项目' }]);
    expect(after).toEqual(before);
  });
});
