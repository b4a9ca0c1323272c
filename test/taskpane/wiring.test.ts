/**
 * The pane's operations over the Office host, run against the in-memory fake of Excel and Office:
 * 审核 marks in place, 清除标记 restores, a finding's cell is selected, settings live in the
 * document settings.
 */
import { PlanRefusedError } from '../../src/core/errors';
import { resolveSettings } from '../../src/core/rules';
import { createFakeExcel, type FakeExcel } from '../../src/fake-excel';
import { SETTINGS_KEY } from '../../src/taskpane/documentSettings';
import { operationsOver } from '../../src/taskpane/wiring';
import { officeHost } from '../marks/harness';
import { fakeSpec, seedProjectSheets } from '../marks/start';

function pane(fake: FakeExcel) {
  return operationsOver(officeHost(fake), fake.Office.context.document.settings);
}

function workbook(): FakeExcel {
  const sheets = seedProjectSheets(2);
  return createFakeExcel({ workbook: fakeSpec({ sheets: [...sheets, { name: '说明', cells: { A1: '填表说明：金额单位万元' } }] }) });
}

describe('operations over the Office host', () => {
  test('validate: the forms by name, the other sheets, the findings; marks written in place', async () => {
    const fake = workbook();
    const ops = pane(fake);
    const out = await ops.validate(resolveSettings());

    expect(out.forms.map((f) => [f.sheet, f.kind])).toEqual([
      ['项目1', 'project'],
      ['项目2', 'project'],
    ]);
    for (const f of out.forms) {
      expect(f.name).not.toBe('');
      expect(f.range).toMatch(/^A1:[A-Z]+\d+$/);
    }
    expect(out.otherSheets).toEqual([{ sheet: '说明', reason: 'not-a-form' }]);
    expect(out.findings.length).toBeGreaterThan(0);
    for (const f of out.findings.filter((x) => x.form !== null)) expect(out.forms[f.form as number].sheet).toBe(f.sheet);

    const marking = new Set(out.findings.filter((f) => f.severity !== 'info').map((f) => `${f.sheet}!${f.cell}`));
    expect(out.marked).toBe(marking.size);
    expect(out.notes).toBe(true);
    expect(fake.inspect().sheets.map((s) => s.name)).toContain('jixiao_marks');

    // A second 审核 does not list the add-in's hidden store among the other sheets.
    const again = await ops.validate(resolveSettings());
    expect(again.otherSheets).toEqual([{ sheet: '说明', reason: 'not-a-form' }]);
    expect(again.marked).toBe(marking.size);
  });

  test('validate passes the settings on: a disabled rule reports nothing', async () => {
    const ops = pane(workbook());
    const all = await ops.validate(resolveSettings());
    const rule = all.findings[0].rule;
    const without = await ops.validate(resolveSettings({ disabled: [rule] }));
    expect(without.findings.some((f) => f.rule === rule)).toBe(false);
    expect(without.findings.length).toBe(all.findings.filter((f) => f.rule !== rule).length);
  });

  test('clearMarks restores every marked cell and removes the store', async () => {
    const fake = workbook();
    const ops = pane(fake);
    const before = fake.inspect();
    const out = await ops.validate(resolveSettings());
    const cleared = await ops.clearMarks();
    expect(cleared).toEqual({ restored: out.marked, leftAsUserChanged: [], storeRemoved: true, kept: [], gone: 0 });
    expect(fake.inspect()).toEqual(before);
  });

  test('validate on a protected sheet lists the cells it could not mark', async () => {
    const fake = workbook();
    fake.protectSheet('项目2');
    const out = await pane(fake).validate(resolveSettings());
    const onProtected = new Set(out.findings.filter((f) => f.sheet === '项目2' && f.severity !== 'info').map((f) => f.cell));
    expect(out.unmarkedProtected.map((c) => c.sheet)).toEqual([...onProtected].map(() => '项目2'));
    expect(new Set(out.unmarkedProtected.map((c) => c.cell))).toEqual(onProtected);
  });

  test('selectCell shows the sheet and selects the cell', async () => {
    const fake = workbook();
    await pane(fake).selectCell('项目2', 'D14');
    expect(fake.inspect()).toMatchObject({ activeSheet: '项目2', selection: { sheet: '项目2', address: 'D14' } });
  });

  test('selectCell on a sheet deleted since is refused, naming the sheet', async () => {
    const fake = workbook();
    await expect(pane(fake).selectCell('项目9', 'A1')).rejects.toEqual(new PlanRefusedError([{ kind: 'sheetMissing', sheet: '项目9' }]));
    expect(fake.inspect().activeSheet).toBe('项目1');
  });

  test('settings: defaults when none are stored; saved ones come back in a reopened document', async () => {
    const fake = workbook();
    expect(await pane(fake).loadSettings()).toEqual({ settings: resolveSettings(), problems: [] });

    const edited = resolveSettings({ satisfactionThreshold: 90, disabled: ['value.qualitative'] });
    await pane(fake).saveSettings(edited);
    // The document keeps only what differs from the defaults, as the JSON the CLI's --config reads.
    expect(JSON.parse(fake.state.settings.get(SETTINGS_KEY) as string)).toEqual({ satisfactionThreshold: 90, disabled: ['value.qualitative'] });

    const reopened = createFakeExcel({
      workbook: { ...fakeSpec({ sheets: seedProjectSheets(1) }), settings: { [SETTINGS_KEY]: fake.state.settings.get(SETTINGS_KEY) } },
    });
    expect(await pane(reopened).loadSettings()).toEqual({ settings: edited, problems: [] });

    // Back to the defaults: nothing of ours is left in the document.
    await pane(fake).saveSettings(resolveSettings());
    expect(fake.state.settings.has(SETTINGS_KEY)).toBe(false);
  });

  test('settings: a damaged stored value gives the defaults for what is wrong, with the problems', async () => {
    const stored = (value: unknown) =>
      pane(createFakeExcel({ workbook: { ...fakeSpec({ sheets: seedProjectSheets(1) }), settings: { [SETTINGS_KEY]: value } } })).loadSettings();

    const notJson = await stored('{"satisfactionThreshold": 9');
    expect(notJson.settings).toEqual(resolveSettings());
    expect(notJson.problems.map((p) => p.zh)).toEqual([expect.stringMatching(/^设置文件不是有效的 JSON/)]);

    const partlyWrong = await stored(JSON.stringify({ satisfactionThreshold: 'high', amountTolerance: 0.01 }));
    expect(partlyWrong.settings).toEqual(resolveSettings({ amountTolerance: 0.01 }));
    expect(partlyWrong.problems.map((p) => p.zh)).toEqual(['设置项「satisfactionThreshold」应为 0 到 100 之间的数字，现为文字「high」，已使用默认值。']);

    expect((await stored(42)).settings).toEqual(resolveSettings());
  });
});
