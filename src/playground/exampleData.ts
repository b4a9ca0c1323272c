/**
 * The playground's example workbook: the department form of the seed's city 科工贸和信息化局 and
 * three of its projects (test/fixtures/seed.txt), with basic fields, 当年度目标 and 绩效指标
 * written after the seed's with its flaws put right, so that 审核 of the example starts clean
 * (only what 汇总 would add is listed) and a value the visitor changes stands out. Amounts in 万元.
 */
import type { DepartmentFields, ProjectFields, TemplateIndicator } from '../core/templates';

const DEPARTMENT: Partial<DepartmentFields> = {
  departmentName: '吴川市科工贸和信息化局',
  fundedStaff: 101,
  subordinateUnits: 1,
  basicExpenditure: 739.02,
  projectExpenditure: 34.35,
  fiscalAppropriation: 773.37,
  ownLevelFunds: 773.37,
  overallGoal:
    '本年度我局主要是严格按照财政要求，按时完成预算支出，基本满足本部门正常办公需要，保障本部门的日常工作开展，保障在职及离退休人员生活。',
  keyTasks: [
    { name: '外经贸工作', content: '走访外资外贸企业，组织企业参加重要外资外贸展会，申报外贸政策专项扶持资金。', plannedFunds: 3, expectedResult: '完成一般贸易进出口保持增长和年新设外贸项目数的目标任务。' },
    { name: '科技工作', content: '进行科技方面的政策宣传和活动开展。', plannedFunds: 3, expectedResult: '确保推动科技创新，促高新技术企业认定、科技型中小企业入库。' },
    { name: '循环经济工作', content: '“清洁生产”相关政策宣讲，到乡镇企业进行现场指导。', plannedFunds: 1.5, expectedResult: '我市通过自愿性清洁生产审核的企业达到目标任务数。' },
  ],
};

const COMMON: Partial<ProjectFields> = {
  projectType: '部门职能类',
  projectLevel: '二级项目',
  supervisingDepartment: '吴川市科工贸和信息化局',
  spendingUnit: '吴川市科工贸和信息化局',
  startYear: 2025,
  endYear: 2025,
};

const PROJECTS: Partial<ProjectFields>[] = [
  { ...COMMON, projectName: '业务工作经费', totalBudget: 18.24, annualBudget: 18.24, overview: '用于单位各项业务的工作经费。' },
  { ...COMMON, projectName: '非转经工作经费（当年）', totalBudget: 13.11, annualBudget: 13.11, overview: '用于非税工作的经费。' },
  { ...COMMON, projectName: '科技月活动经费', totalBudget: 3, annualBudget: 3, overview: '用于科技工作的工作经费。' },
];

const EXAMPLE_DEPARTMENT_INDICATORS: TemplateIndicator[] = [
  { category: '成本指标', subcategory: '经济成本指标', name: '部门预算支出总额', target: '≤773.37万元' },
  { category: '产出指标', subcategory: '数量指标', name: '高新企业认定数量', target: '≥15个' },
  { category: '产出指标', subcategory: '数量指标', name: '参展企业数量', target: '≥3家' },
  { category: '产出指标', subcategory: '质量指标', name: '科技型中小企业入库数量', target: '≥25个' },
  { category: '产出指标', subcategory: '时效指标', name: '年度资金支出进度', target: '≥98%' },
  { category: '效益指标', subcategory: '经济效益指标', name: '一般贸易进出口增速', target: '≥1.5%' },
  { category: '效益指标', subcategory: '社会效益指标', name: '通过清洁生产审核的企业数量', target: '≥4家' },
  { category: '满意度指标', subcategory: '服务对象满意度指标', name: '企业满意度', target: '≥95%' },
];

/** The same indicator for both columns of a project form. */
function both(category: string, subcategory: string, name: string, target: string): TemplateIndicator {
  return { category, subcategory, name, periodTarget: target, annualTarget: target };
}

/** 当年度目标 of the example projects, by 项目名称. */
const EXAMPLE_ANNUAL_GOALS: Record<string, string> = {
  业务工作经费: '组织企业参加各类活动、培训和调研，走访企业宣传扶持政策，保障我局各项业务工作正常开展。',
  '非转经工作经费（当年）': '开展非税收入政策宣传和业务培训，按时完成年度非税收入征管工作任务。',
  科技月活动经费: '举办科技活动月系列活动，普及科学知识，提高群众科学素质。',
};

/** 绩效指标 of the example projects, by 项目名称. */
const EXAMPLE_PROJECT_INDICATORS: Record<string, TemplateIndicator[]> = {
  业务工作经费: [
    both('成本指标', '经济成本指标', '项目总成本', '≤18.24万元'),
    both('产出指标', '数量指标', '走访企业数量', '≥50家'),
    both('产出指标', '质量指标', '资金使用合规率', '=100%'),
    both('产出指标', '时效指标', '资金支出完成时间', '2025年12月31日前'),
    both('效益指标', '社会效益指标', '规上工业增加值增速', '≥5%'),
    both('满意度指标', '服务对象满意度指标', '服务对象满意度', '≥90%'),
  ],
  '非转经工作经费（当年）': [
    both('成本指标', '经济成本指标', '项目总成本', '≤13.11万元'),
    both('产出指标', '数量指标', '宣传培训场次', '≥4场'),
    both('产出指标', '质量指标', '资金使用合规率', '=100%'),
    both('产出指标', '时效指标', '资金支出完成时间', '2025年12月31日前'),
    both('效益指标', '社会效益指标', '政策知晓率', '≥90%'),
    both('满意度指标', '服务对象满意度指标', '服务对象满意度', '≥90%'),
  ],
  科技月活动经费: [
    both('成本指标', '经济成本指标', '项目总成本', '≤3万元'),
    both('产出指标', '数量指标', '科技活动场次', '≥3场'),
    both('产出指标', '质量指标', '活动方案完成率', '=100%'),
    both('产出指标', '时效指标', '活动完成时间', '2025年6月30日前'),
    both('效益指标', '社会效益指标', '参与活动群众人数', '≥500人'),
    both('满意度指标', '服务对象满意度指标', '参与群众满意度', '≥90%'),
  ],
};

/** The example's forms, in sheet order: the department form, then the projects. */
export const EXAMPLE_DEPARTMENT: Partial<DepartmentFields> = { ...DEPARTMENT, indicators: EXAMPLE_DEPARTMENT_INDICATORS };

export const EXAMPLE_PROJECTS: Partial<ProjectFields>[] = PROJECTS.map((p) => {
  const name = p.projectName ?? '';
  return { ...p, annualGoal: EXAMPLE_ANNUAL_GOALS[name], indicators: EXAMPLE_PROJECT_INDICATORS[name] ?? [] };
});
