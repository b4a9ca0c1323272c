// Saving (overwrite refusal, atomic write, protection kept) and apply's all-or-nothing behaviour.
import { readdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { FileWriteError, OutputExistsError, PlanRefusedError, WriteFailedError } from '../../../src/core/errors';
import {
  loadWorkbookFile,
  protectWorkbookStructure,
  saveWorkbookFile,
  workbookToBuffer,
  XlsxHost,
} from '../../../src/hosts/xlsx';
import { setWorkbookProtectionXml } from '../../../src/hosts/xlsx/workbookExtras';
import { plan, tempDir, workbookWith, zipPart } from './helpers';

describe('saveWorkbookFile', () => {
  let t: ReturnType<typeof tempDir>;
  beforeEach(() => (t = tempDir()));
  afterEach(() => t.cleanup());

  it('refuses to overwrite without force, leaving the file as it was', async () => {
    const file = join(t.dir, 'out.xlsx');
    writeFileSync(file, 'precious');
    await expect(saveWorkbookFile(workbookWith('A'), file)).rejects.toBeInstanceOf(OutputExistsError);
    await expect(saveWorkbookFile(workbookWith('A'), file)).rejects.toMatchObject({ code: 'output-exists', file });
    expect(readFileSync(file, 'utf8')).toBe('precious');
    expect(readdirSync(t.dir)).toEqual(['out.xlsx']);
  });

  it('overwrites with force, atomically, leaving no temporary file', async () => {
    const file = join(t.dir, 'out.xlsx');
    writeFileSync(file, 'old');
    const wb = workbookWith('新表');
    wb.getWorksheet('新表')!.getCell('B2').value = 42;
    await saveWorkbookFile(wb, file, { force: true });
    expect(readdirSync(t.dir)).toEqual(['out.xlsx']);
    const back = await loadWorkbookFile(file);
    expect(back.workbook.getWorksheet('新表')!.getCell('B2').value).toBe(42);
  });

  it('writes a new file without force', async () => {
    const file = join(t.dir, 'new.xlsx');
    await saveWorkbookFile(workbookWith('S'), file);
    expect(readdirSync(t.dir)).toEqual(['new.xlsx']);
    expect(readFileSync(file).subarray(0, 4)).toEqual(Buffer.from('PK\x03\x04', 'latin1'));
  });

  it('reports a folder that does not exist as FileWriteError', async () => {
    const file = join(t.dir, 'missing', 'out.xlsx');
    const err = await saveWorkbookFile(workbookWith('S'), file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FileWriteError);
    expect(err).toMatchObject({ file, errno: 'ENOENT' });
  });

  it('keeps workbook structure protection, element and all, through load and save', async () => {
    const element =
      '<workbookProtection workbookAlgorithmName="SHA-512" workbookHashValue="abc=" workbookSaltValue="def=" workbookSpinCount="100000" lockStructure="1"/>';
    const wb = workbookWith('S');
    setWorkbookProtectionXml(wb, element);
    const first = join(t.dir, 'p1.xlsx');
    await saveWorkbookFile(wb, first);
    // Where the schema wants it: after workbookPr, before the sheets (no bookViews here).
    expect(zipPart(first, 'xl/workbook.xml')).toContain(
      `<workbookPr defaultThemeVersion="164011" filterPrivacy="1"/>${element}<sheets>`,
    );
    const loaded = await loadWorkbookFile(first);
    expect(loaded.structureProtected).toBe(true);
    const second = join(t.dir, 'p2.xlsx');
    await saveWorkbookFile(loaded.workbook, second);
    expect(zipPart(second, 'xl/workbook.xml')).toContain(element);
  });
});

describe('XlsxHost.apply', () => {
  it('refuses an occupied area and changes nothing', async () => {
    const wb = workbookWith('表');
    wb.getWorksheet('表')!.getCell('C4').value = '已有';
    const before = await workbookToBuffer(wb);
    const host = new XlsxHost(wb);
    const err = await host
      .apply(
        plan(
          [
            { kind: 'addSheet', sheet: '另一表' },
            {
              kind: 'values',
              sheet: '表',
              address: 'B3',
              values: [
                ['a', 'b'],
                ['c', 'd'],
              ],
            },
          ],
          [{ kind: 'areaEmpty', sheet: '表', address: 'B3:C4' }],
        ),
      )
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PlanRefusedError);
    expect((err as PlanRefusedError).violations).toEqual([
      { kind: 'cellOccupied', sheet: '表', cell: 'C4', value: '已有' },
    ]);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['表']);
    const snap = await host.read();
    expect(snap.sheets[0].values).toEqual([['已有']]);
    expect(snap.sheets[0].origin).toEqual({ row: 4, col: 3 });
    expect((await workbookToBuffer(wb)).length).toBe(before.length);
  });

  it('restores the workbook when an operation fails part way', async () => {
    const wb = workbookWith('表');
    wb.getWorksheet('表')!.getCell('A1').value = '原值';
    const host = new XlsxHost(wb);
    const failing = plan([
      { kind: 'values', sheet: '表', address: 'A1', values: [['新值']] },
      { kind: 'addSheet', sheet: '新表' },
      { kind: 'note', sheet: '表', cell: 'A1', text: '批注' },
      { kind: 'addName', name: 'bad name', ref: "'表'!$A$1" },
      { kind: 'values', sheet: '表', address: 'A2', values: [['never']] },
    ]);
    const err = (await host.apply(failing).catch((e: unknown) => e)) as WriteFailedError;
    expect(err).toBeInstanceOf(WriteFailedError);
    expect(err).toMatchObject({
      applied: 0,
      total: 5,
      failedOp: failing.ops[3],
      leftSheets: [],
      removedSheets: ['新表'],
    });
    expect(err.causeMessage).toMatch(/^operation 4 of 5 \(addName\): not a valid name: bad name$/);
    const snap = await host.read({ cellDetails: { 表: ['A1'] }, names: true });
    expect(snap.sheets.map((s) => s.name)).toEqual(['表']);
    expect(snap.sheets[0].values).toEqual([['原值']]);
    expect(snap.sheets[0].notes).toEqual({});
    expect(snap.names).toEqual({});
  });

  it('refuses sheet changes in a workbook whose structure is protected', async () => {
    const wb = workbookWith('表');
    protectWorkbookStructure(wb);
    const host = new XlsxHost(wb);
    expect((await host.read({ sheets: [] })).structureProtected).toBe(true);
    await expect(
      host.apply(plan([{ kind: 'addSheet', sheet: '新' }], [{ kind: 'structureWritable' }])),
    ).rejects.toMatchObject({ violations: [{ kind: 'structureProtected' }] });
    // Without the precondition, the host still refuses, as Excel would.
    await expect(host.apply(plan([{ kind: 'addSheet', sheet: '新' }]))).rejects.toBeInstanceOf(WriteFailedError);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['表']);
  });

  it('refuses writes to a protected sheet', async () => {
    const wb = workbookWith('表');
    await wb.getWorksheet('表')!.protect('', {});
    const host = new XlsxHost(wb);
    expect((await host.read()).sheets[0].protected).toBe(true);
    await expect(
      host.apply(
        plan([{ kind: 'values', sheet: '表', address: 'A1', values: [[1]] }], [{ kind: 'sheetWritable', sheet: '表' }]),
      ),
    ).rejects.toMatchObject({ violations: [{ kind: 'sheetProtected', sheet: '表' }] });
    await expect(
      host.apply(plan([{ kind: 'values', sheet: '表', address: 'A1', values: [[1]] }])),
    ).rejects.toBeInstanceOf(WriteFailedError);
    expect(wb.getWorksheet('表')!.getCell('A1').value).toBeNull();
  });

  it('refuses a plan whose checked cells changed since the preview', async () => {
    const wb = workbookWith('表');
    wb.getWorksheet('表')!.getCell('B2').value = '改过';
    const host = new XlsxHost(wb);
    await expect(
      host.apply(
        plan(
          [{ kind: 'values', sheet: '表', address: 'B2', values: [['x']] }],
          [{ kind: 'cellsUnchanged', sheet: '表', cells: { B2: { value: '原来' } } }],
        ),
      ),
    ).rejects.toMatchObject({ violations: [{ kind: 'cellChanged', sheet: '表', cell: 'B2' }] });
    expect(wb.getWorksheet('表')!.getCell('B2').value).toBe('改过');
  });
});
