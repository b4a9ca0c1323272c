/**
 * Excel.DataValidation of a range (ExcelApi 1.8): list rules ({ list: { inCellDropDown, source } }
 * with a comma-separated source), the error alert, and clear().
 */
import { rangesIntersect } from '../../core/address';
import { ModelError } from '../model/errors';
import { setValidation, updateValidation } from '../model/structure';
import type { ValidationModel } from '../model/types';
import { FakeClientObject } from './clientObject';
import type { FakeRequestContext } from './context';
import { assertWritable, eachCell, type RangeTarget } from './targets';

const DEFAULT_ALERT: ValidationModel['errorAlert'] = { showAlert: true, style: 'Stop', title: '', message: '' };

/** The validation of each cell, compared by content. */
function perCell(t: RangeTarget): (ValidationModel | null)[] {
  const out: (ValidationModel | null)[] = [];
  eachCell(t.rect, (r, c) => {
    out.push(t.sheet.validations.find((v) => r >= v.rect.top && r <= v.rect.bottom && c >= v.rect.left && c <= v.rect.right) ?? null);
  });
  return out;
}

function common<V>(t: RangeTarget, pick: (v: ValidationModel | null) => V): V | null {
  const all = perCell(t).map((v) => JSON.stringify(pick(v)));
  return all.every((x) => x === all[0]) ? (JSON.parse(all[0]) as V) : null;
}

export class DataValidationProxy extends FakeClientObject<RangeTarget> {
  protected readonly typeName = 'DataValidation';

  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly parent: () => RangeTarget | null,
  ) {
    super(context, path);
  }

  protected resolveTarget(): RangeTarget | null {
    return this.parent();
  }

  protected scalarReaders(): Record<string, (t: RangeTarget) => unknown> {
    return {
      type: (t) => {
        const kinds = new Set(perCell(t).map((v) => (v ? 'List' : 'None')));
        if (kinds.size > 1) return 'MixedCriteria';
        const rules = new Set(perCell(t).map((v) => JSON.stringify(v?.rule ?? null)));
        return rules.size > 1 ? 'Inconsistent' : [...kinds][0];
      },
      rule: (t) => common(t, (v) => v?.rule ?? {}),
      errorAlert: (t) => common(t, (v) => v?.errorAlert ?? DEFAULT_ALERT),
    };
  }

  get type(): string {
    return this.read('type');
  }

  get rule(): ValidationModel['rule'] | Record<string, never> | null {
    return this.read('rule');
  }
  set rule(v: { list?: { inCellDropDown?: boolean; source?: unknown } }) {
    this.write('rule', v, (t) => {
      assertWritable(t.sheet);
      const list = v?.list;
      if (!list || typeof list.source !== 'string') {
        throw new ModelError('NotImplemented', 'the fake takes list rules with a text source only');
      }
      if (list.source.trim() === '') throw new ModelError('InvalidArgument', 'an empty list source');
      const old = t.sheet.validations.find((x) => rangesIntersect(x.rect, t.rect));
      setValidation(t.sheet, t.rect, {
        rule: { list: { inCellDropDown: list.inCellDropDown ?? true, source: list.source } },
        errorAlert: old ? { ...old.errorAlert } : { ...DEFAULT_ALERT },
      });
      this.context.env.wb.touch();
    });
  }

  get errorAlert(): ValidationModel['errorAlert'] | null {
    return this.read('errorAlert');
  }
  set errorAlert(v: Partial<ValidationModel['errorAlert']>) {
    this.write('errorAlert', v, (t) => {
      assertWritable(t.sheet);
      updateValidation(t.sheet, t.rect, (old) => ({ ...old, errorAlert: { ...old.errorAlert, ...v } }));
      this.context.env.wb.touch();
    });
  }

  /** Removes the validation from every cell of the range. */
  clear(): void {
    this.invoke('clear', [], (t) => {
      assertWritable(t.sheet);
      setValidation(t.sheet, t.rect, null);
      this.context.env.wb.touch();
    });
  }
}
