/**
 * The basic fields of the seed's example forms (a city's 科工贸和信息化局 and three of its projects),
 * used by `jixiao demo` to write an example workbook. Amounts in 万元.
 */
import type { DepartmentFields, ProjectFields } from '../core/templates';

export const DEMO_DEPARTMENT: Partial<DepartmentFields> = {
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

export const DEMO_PROJECTS: Partial<ProjectFields>[] = [
  { ...COMMON, projectName: '业务工作经费', totalBudget: 18.24, annualBudget: 18.24, overview: '用于单位各项业务的工作经费。' },
  { ...COMMON, projectName: '非转经工作经费（当年）', totalBudget: 13.11, annualBudget: 13.11, overview: '用于非税工作的经费。' },
  { ...COMMON, projectName: '科技月活动经费', totalBudget: 3, annualBudget: 3, overview: '用于科技工作的工作经费。' },
];
