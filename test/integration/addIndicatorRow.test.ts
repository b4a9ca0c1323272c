/**
 * 添加指标行 end to end through both hosts: a form is inserted, a cell of a 二级 block is selected,
 * the command runs three times in a row on that block, and after each run the workbook (the fake
 * Excel's state; the saved .xlsx loaded by a fresh ExcelJS) must match the form with that many
 * rows added: labels grown and merged, everything below moved down one row with its merges,
 * borders and drop-downs, and the new row selected.
 */
import { cellA1 } from '../../src/core/address';
import { addIndicatorRow } from '../../src/commands/addIndicatorRow';
import { insertTemplate } from '../../src/commands/insertTemplate';
import type { FormKind } from '../../src/core/templates/fields';
import { formDifferences } from './assertForm';
import { formExpectation, subBlock, withRowAdded, type FormExpectation } from './expected';
import { fixture, hasPageLayout, HOST_NAMES, type HostFixture, type HostName, type XlsxFixture } from './hosts';
import { plannedRowHeights } from './plannedHeights';

interface FormCase {
  kind: FormKind;
  target: 'newSheet' | 'selection';
  anchor: string;
  sheet: string;
}

const FORMS: FormCase[] = [
  { kind: 'department', target: 'newSheet', anchor: 'A1', sheet: '部门整体' },
  { kind: 'project', target: 'selection', anchor: 'C5', sheet: 'Sheet1' },
];

/** The first, middle and last 二级 block of 产出指标, and the single-row block of 满意度指标. */
const BLOCKS = ['数量指标', '质量指标', '时效指标', '服务对象满意度指标'];

const CASES = HOST_NAMES.flatMap((host) => FORMS.flatMap((form) => BLOCKS.map((block) => ({ host, ...form, block }))));

async function insertForm(host: HostName, form: FormCase): Promise<HostFixture> {
  const fx = fixture(host, { sheets: [{ name: 'Sheet1' }], active: 'Sheet1', selection: form.anchor });
  await insertTemplate(fx.host, { kind: form.kind, target: form.target });
  return fx;
}

/** Continue the way the user's tool would: the CLI saves and opens the file between commands. */
async function between(fx: HostFixture): Promise<void> {
  if (fx.name === 'xlsx') await (fx as XlsxFixture).reopen();
}

describe.each(CASES)('$host host, $kind form at $anchor: 添加指标行 under $block, three times', (c) => {
  test('merges grow, rows below move with borders and drop-downs, the new row is selected', async () => {
    const fx = await insertForm(c.host, c);
    try {
      let exp: FormExpectation = formExpectation(c.kind, '市', c.anchor, c.target === 'newSheet', plannedRowHeights(c.kind, '市'));
      if (!hasPageLayout(c.host)) exp.printArea = null;
      for (let run = 1; run <= 3; run++) {
        await between(fx);
        const block = subBlock(exp, c.block).range;
        // Run 1: the 二级 cell; run 2: the row the last run added, still selected; run 3: a value cell.
        if (run === 1) await fx.select(c.sheet, cellA1(block.top, exp.cols.sub));
        if (run === 3) await fx.select(c.sheet, cellA1(block.top, exp.cols.right));

        const result = await addIndicatorRow(fx.host);
        exp = withRowAdded(exp, c.block);
        const added = exp.addedRows[exp.addedRows.length - 1];
        expect([run, result]).toEqual([run, { sheet: c.sheet, row: added }]);
        expect(added).toBe(block.bottom + 1);

        const view = await fx.view();
        expect([run, formDifferences(view.sheet(c.sheet), exp)]).toEqual([run, []]);
        expect([run, view.active, view.activeCell]).toEqual([run, c.sheet, cellA1(added, exp.cols.indicator)]);
      }
      // After three runs the block's 二级 label spans its first row and the three new ones.
      const grown = subBlock(exp, c.block).range;
      expect(grown.bottom - grown.top).toBe(3);
    } finally {
      fx.cleanup();
    }
  });
});
