/**
 * Nothing is lost: every non-empty field of the input ends up in a cell of the created workbook —
 * in a form, or in the 导入说明 sheet. Each input occurrence must find its own output cell (a value
 * typed three times needs three cells), compared as the user reads them: white space and full-width
 * forms aside, a label by its words without a bracketed unit, an amount or year by its number, a
 * cell holding two indicators by its parts. `<p>` tags are not content; a 金额单位 line is accounted
 * for by the (万元) of the standard labels.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { parseHtml } from '../../src/core/import';
import type { CellValue } from '../../src/core/snapshot';
import { readFixture } from '../fixtures/forms/seedForms';
import { allValues, importThroughFile } from './helpers';

const compact = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
const labelWords = (s: string) => compact(s).replace(/[:：]+$/, '').replace(/\([^()]*\)$/, '');
const numberOf = (s: string): number | null => {
  const m = /^([\d,]+(?:\.\d+)?)(万元)?$/.exec(compact(s));
  return m ? Number(m[1].replace(/,/g, '')) : null;
};

/** The input texts no output cell accounts for. */
function unaccounted(inputs: string[], outputs: CellValue[]): string[] {
  const pool = outputs.map((v) => ({ v, used: false }));
  const take = (pred: (v: CellValue) => boolean) => {
    const hit = pool.find((p) => !p.used && pred(p.v));
    if (hit) hit.used = true;
    return hit !== undefined;
  };
  const placed = (text: string): boolean => {
    if (take((v) => typeof v === 'string' && compact(v) === compact(text))) return true;
    if (take((v) => typeof v === 'string' && labelWords(v) === labelWords(text) && labelWords(text) !== '')) return true;
    const n = numberOf(text);
    if (n !== null && take((v) => typeof v === 'number' && Math.abs(v - n) < 1e-9)) return true;
    if (/^金额单位[:：]万元$/.test(compact(text))) return outputs.some((v) => typeof v === 'string' && v.includes('(万元)'));
    const parts = text.trim().split(/\s+/);
    return parts.length > 1 && parts.every(placed);
  };
  return inputs.filter((t) => !placed(t));
}

/** The seed's fields: tab-separated, Markdown titles, `<p>` tags stripped. */
function seedFields(): string[] {
  return readFixture('seed.txt')
    .split('\n')
    .flatMap((line) => (/^#+\s/.test(line) ? [line.replace(/^#+\s+/, '')] : line.split('\t')))
    .map((f) => f.replace(/<\/?p>/g, '').trim())
    .filter((f) => f !== '');
}

function htmlFields(html: string): string[] {
  return parseHtml(html).flatMap((b) => (b.kind === 'text' ? [b.text] : b.rows.flat().map((c) => c.text))).filter((t) => t !== '');
}

const HTML = readFileSync(join(__dirname, '../fixtures/import/project-rowspan.html'), 'utf8');

describe('every non-empty input field is in the output', () => {
  test('the seed: in its four forms, or in 导入说明', async () => {
    const { snapshot } = await importThroughFile([{ kind: 'text', source: 'seed.txt', text: readFixture('seed.txt') }]);
    const inputs = seedFields();
    expect(inputs).toHaveLength(399);
    expect(unaccounted(inputs, allValues(snapshot))).toEqual([]);
    // The check can fail: without 导入说明, the third value column of the second project is missing
    // (which occurrence of a repeated value runs short depends on order: compare them sorted).
    const formsOnly = allValues({ ...snapshot, sheets: snapshot.sheets.filter((s) => s.name !== '导入说明') });
    expect(unaccounted(inputs, formsOnly).sort()).toEqual(['符合规范', '符合规定', '大于95%', '98%以上', '98%以上', '否', '95%以上'].sort());
  });

  test('the HTML form with rowspan and colspan', async () => {
    const { snapshot } = await importThroughFile([{ kind: 'html', source: 'project-rowspan.html', html: HTML }]);
    const inputs = htmlFields(HTML);
    expect(inputs).toContain('其中：财政资金');
    expect(unaccounted(inputs, allValues(snapshot))).toEqual([]);
    const formsOnly = allValues({ ...snapshot, sheets: snapshot.sheets.filter((s) => s.name !== '导入说明') });
    expect(unaccounted(inputs, formsOnly)).toEqual(['其中：财政资金', '1,000.00', '其他资金', '200.00', '填报人：张三 联系电话：0512-12345678']);
  });
});
