/**
 * The pane's 汇总, 导入 and 自动审核 operations over the Office host, run against the in-memory fake:
 * a fill previewed then written (or refused when a cell changed since), an import cancelled before
 * its write, and cell changes reported for the user's edits only.
 */
import { PlanRefusedError } from '../../src/core/errors';
import { resolveSettings } from '../../src/core/rules';
import { createFakeExcel, type FakeExcel } from '../../src/fake-excel';
import { watchWorksheetChanges, type ExcelEventsLike } from '../../src/hosts/office/changeEvents';
import type { Operations } from '../../src/taskpane/operations';
import { OwnWrites } from '../../src/taskpane/ownWrites';
import { operationsOver } from '../../src/taskpane/wiring';
import { departmentText, projectText } from '../core/rules/forms';
import { pastedSheet, seedBook } from '../fill/hosts';
import { officeHost } from '../marks/harness';
import { fakeSpec, type StartBook } from '../marks/start';

function pane(fake: FakeExcel, ownWrites = new OwnWrites()): Operations {
  const watch = (onChange: Parameters<typeof watchWorksheetChanges>[0]) =>
    watchWorksheetChanges(onChange, fake.Excel as unknown as ExcelEventsLike, fake.Office);
  return operationsOver(officeHost(fake), fake.Office.context.document.settings, watch, ownWrites);
}

function book(start: StartBook, apiVersion?: string): FakeExcel {
  return createFakeExcel({ workbook: fakeSpec(start), apiVersion });
}

/** The user types into a cell (not the add-in: its change reaches the event as someone else's). */
async function userTypes(fake: FakeExcel, sheet: string, a1: string, value: string | number) {
  await fake.userExcel.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(a1).values = [[value]];
    await context.sync();
  });
}

/** Lets the fake deliver its change events (they come after the sync, as in Excel). */
const delivered = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('汇总 over the Office host', () => {
  test('the preview writes nothing; applying it writes exactly the previewed cells', async () => {
    const fake = book(seedBook());
    const ops = pane(fake);
    const before = fake.inspect();
    const preview = await ops.previewFill(resolveSettings());
    expect(fake.inspect()).toEqual(before);

    expect(preview.summaryIsNew).toBe(true);
    expect(preview.summarySheet).toBe('项目支出汇总');
    const expenditure = preview.changes.find((c) => c.kind === 'project-expenditure')!;
    expect(expenditure.after).toMatch(/^='项目支出汇总'!G\d+$/);
    // The findings index the forms of the workbook as it will be.
    for (const f of preview.findings.filter((x) => x.form !== null)) expect(preview.forms[f.form!].sheet).toBe(f.sheet);

    const applied = await ops.applyFill(preview);
    expect(applied).toEqual({ applied: true, cells: preview.changes.length, skipped: [] });
    const after = fake.inspect();
    expect(after.sheets.map((s) => s.name)).toContain('项目支出汇总');
    const dept = after.sheets.find((s) => s.name === expenditure.sheet)!;
    expect(dept.cells[expenditure.cell].formula).toBe(expenditure.after);
    for (const c of preview.changes.filter((x) => x.kind === 'amount')) {
      expect(after.sheets.find((s) => s.name === c.sheet)!.cells[c.cell].value).toBe(c.after);
    }
  });

  test('applying a preview after the user changed a planned cell is refused with the cell; nothing written', async () => {
    const fake = book(seedBook());
    const ops = pane(fake);
    const preview = await ops.previewFill(resolveSettings());
    await userTypes(fake, '表3', 'F8', '14万元');
    const before = fake.inspect();
    await expect(ops.applyFill(preview)).rejects.toEqual(new PlanRefusedError([{ kind: 'cellChanged', sheet: '表3', cell: 'F8' }]));
    expect(fake.inspect()).toEqual(before);
  });
});

/** A text with two project forms, as pasted from a budget system. */
function twoProjects(): string {
  return [projectText({ projectName: '职业技能培训' }), '', projectText({ projectName: '创业补贴' })].join('\n');
}

describe('导入 over the Office host', () => {
  test('the preview names sheets free in this workbook; importing creates them', async () => {
    const fake = book({ sheets: [pastedSheet('职业技能培训', '已有内容')] });
    const ops = pane(fake);
    const preview = await ops.previewImport([{ kind: 'text', source: '剪贴板', text: twoProjects() }]);
    expect(preview.forms.map((f) => [f.kind, f.name])).toEqual([
      ['project', '职业技能培训'],
      ['project', '创业补贴'],
    ]);
    expect(preview.forms[0].sheet).not.toBe('职业技能培训');
    const out = await ops.importForms(preview);
    expect(out.sheets).toEqual(preview.forms.map((f) => f.sheet));
    expect(fake.inspect().sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['职业技能培训', ...out.sheets]));
  });

  test('cancelled after the plan is made and before the write: nothing written, the abort reason rejects', async () => {
    const fake = book({ sheets: [pastedSheet('说明', '填表说明')] });
    const ops = pane(fake);
    const preview = await ops.previewImport([{ kind: 'text', source: '剪贴板', text: twoProjects() }]);
    const before = fake.inspect();
    const cancel = new AbortController();
    // The user clicks 取消 while the workbook's sheet list is being read.
    const host = officeHost(fake);
    const reading = operationsOver(
      { read: async (r) => { const wb = await host.read(r); cancel.abort(); return wb; }, apply: (p, o) => host.apply(p, o) },
      fake.Office.context.document.settings,
    );
    await expect(reading.importForms(preview, cancel.signal)).rejects.toMatchObject({ name: 'AbortError' });
    expect(fake.inspect()).toEqual(before);
    // Not cancelled: the same preview is written.
    await expect(ops.importForms(preview, new AbortController().signal)).resolves.toMatchObject({ sheets: preview.forms.map((f) => f.sheet) });
  });

  test('already cancelled: nothing is read or written', async () => {
    const fake = book({ sheets: [pastedSheet('说明', '填表说明')] });
    const preview = await pane(fake).previewImport([{ kind: 'text', source: '剪贴板', text: twoProjects() }]);
    fake.resetStats();
    const cancel = new AbortController();
    cancel.abort();
    await expect(pane(fake).importForms(preview, cancel.signal)).rejects.toMatchObject({ name: 'AbortError' });
    expect(fake.stats.syncs).toBe(0);
  });
});

describe('watchChanges over the Office host', () => {
  const projectBook = (): StartBook => ({
    sheets: [pastedSheet('部门', departmentText({ project: '0' })), pastedSheet('项目1', projectText({ projectName: '项目1' }))],
  });

  test('ExcelApi 1.14+: the user’s edits are reported, the add-in’s own writes never', async () => {
    const fake = book(projectBook());
    const ops = pane(fake);
    let seen = 0;
    const stop = await ops.watchChanges(() => seen++);
    expect(stop).not.toBeNull();

    await userTypes(fake, '项目1', 'C2', '改过的项目名称');
    await delivered();
    expect(seen).toBe(1);

    // 审核 with marks, 添加指标行's neighbour 插入模板, 汇总: all the add-in's.
    await ops.validate(resolveSettings());
    await ops.insertTemplate({ kind: 'project', fields: {}, level: '市', target: 'newSheet' });
    await ops.applyFill(await ops.previewFill(resolveSettings()));
    await delivered();
    expect(seen).toBe(1);

    stop!();
    await delivered();
    await userTypes(fake, '项目1', 'C2', '又改了');
    await delivered();
    expect(seen).toBe(1);
  });

  test('before ExcelApi 1.14 (no triggerSource): changes during or just after an own write count as ours', async () => {
    const fake = book(projectBook(), '1.12');
    let now = 0;
    const ownWrites = new OwnWrites(() => now, 1000);
    const ops = pane(fake, ownWrites);
    let seen = 0;
    await ops.watchChanges(() => seen++);

    await ops.validate(resolveSettings());
    await delivered();
    expect(seen).toBe(0);
    now += 500;
    await userTypes(fake, '项目1', 'C2', '还在宽限期内');
    await delivered();
    expect(seen).toBe(0);
    now += 600;
    await userTypes(fake, '项目1', 'C2', '宽限期已过');
    await delivered();
    expect(seen).toBe(1);
  });

  test('before ExcelApi 1.9 there is nothing to watch', async () => {
    const fake = book(projectBook(), '1.8');
    await expect(pane(fake).watchChanges(() => undefined)).resolves.toBeNull();
  });

  test('validateOnly reports the findings and writes nothing', async () => {
    const fake = book(projectBook());
    const ops = pane(fake);
    const before = fake.inspect();
    const quiet = await ops.validateOnly(resolveSettings());
    expect(fake.inspect()).toEqual(before);
    const marked = await ops.validate(resolveSettings());
    expect(quiet.findings).toEqual(marked.findings);
    expect(quiet.marked).toBe(0);
    expect(marked.marked).toBeGreaterThan(0);
  });
});
