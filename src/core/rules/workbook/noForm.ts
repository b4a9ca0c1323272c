/**
 * workbook.no-form: a workbook with no recognisable form, so that a reviewer's batch does not count
 * a wrong attachment as clean.
 */
import { workbookFinding } from '../finding';
import { defineRule } from '../define';

const REASON: Record<string, string> = {
  'not-a-form': '没有申报表的栏目',
  ours: '本工具生成的表',
  empty: '空表',
  hidden: '隐藏的表',
  'not-read': '未读取',
};

export const noFormRule = defineRule({
  id: 'workbook.no-form',
  severity: 'error',
  title: { zh: '工作簿中没有申报表', en: 'No target form in the workbook' },
  check(ctx, rule) {
    if (ctx.recognition.forms.length > 0) return [];
    const others = ctx.recognition.otherSheets;
    const listed = others.map((o) => `${o.sheet}（${REASON[o.reason] ?? o.reason}）`).join('、');
    const listedEn = others.map((o) => `${o.sheet} (${o.reason})`).join(', ');
    return [
      workbookFinding(rule, {
        zh:
          `工作簿中没有找到部门整体或项目支出绩效目标申报表` +
          (others.length > 0 ? `（${listed}）` : '') +
          '，请确认附件是否正确。',
        en:
          'No department or project target form was found in the workbook' +
          (others.length > 0 ? ` (${listedEn})` : '') +
          '. Please check that this is the right file.',
      }),
    ];
  },
});
