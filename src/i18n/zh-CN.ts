/** Every text the task pane shows, in Chinese. en-US.ts must match this object's shape. */
export const zhCN = {
  appTitle: '预算绩效目标申报表',
  sectionsLabel: '功能',
  sections: {
    insert: '插入',
  },
  insert: {
    heading: '插入模板',
    kindLabel: '表样',
    kinds: {
      department: '部门整体预算绩效目标申报表',
      project: '项目支出绩效目标申报表',
    },
    fieldsHeading: '基本信息（可不填，插入后也可在表中填写）',
    levelLabel: '本级',
    levelHint: '表头写作「市级…申报表」，资金写作「市本级使用资金」，县、区、省同理。',
    levels: { 省: '省', 市: '市', 县: '县', 区: '区' },
    targetLabel: '插入位置',
    targets: {
      newSheet: '新工作表',
      selection: '当前选择位置（区域须为空白）',
    },
    submit: '插入',
    busy: '正在插入…',
    done: (form: string, sheet: string, address: string) => `已插入${form}：工作表「${sheet}」的 ${address}。`,
    skipped: (items: string) => `以下内容当前 Excel 版本不支持，已略过：${items}。`,
    /** What a skipped operation was, by EditOp kind. */
    skippedOp: {
      note: '单元格备注（需要较新的 Microsoft 365 或 Excel 网页版）',
      printSetup: '打印设置（A4、一页宽；请在“页面布局”中手动设置）',
    } as Record<string, string>,
  },
  fields: {
    departmentName: '部门名称',
    projectName: '项目名称',
    supervisingDepartment: '主管部门',
    projectType: '项目类型',
    projectLevel: '项目等级',
    startYear: '起始年度',
    endYear: '到期年度',
    totalBudget: '总金额（万元）',
    annualBudget: '当年度金额（万元）',
  },
  indicatorRow: {
    heading: '添加指标行',
    hint: '先在申报表中某个二级指标的区域里选中一个单元格，再点击下面的按钮：会在该二级指标的最后一行下面添加一行。',
    submit: '添加指标行',
    busy: '正在添加…',
    done: (sheet: string, row: number) => `已在工作表「${sheet}」第 ${row} 行添加指标行。`,
  },
  listSeparator: '、',
  quoted: (name: string) => `「${name}」`,
  errors: {
    refusedIntro: '无法执行，工作簿未作任何修改：',
    untouched: '工作簿未作任何修改。',
    sheetExists: (sheet: string) => `已有名为「${sheet}」的工作表。请改名或删除该工作表后再试。`,
    sheetMissing: (sheet: string) => `找不到工作表「${sheet}」，它可能已被删除或改名。`,
    sheetProtected: (sheet: string) => `工作表「${sheet}」受保护，无法写入。请先撤销工作表保护（审阅 → 撤销工作表保护）。`,
    structureProtected: '工作簿结构受保护，无法新建工作表。请先撤销工作簿保护（审阅 → 保护工作簿），或插入到当前选择位置。',
    cellOccupied: (sheet: string, cell: string, value: string) =>
      `目标区域不是空的：工作表「${sheet}」的 ${cell} 已有内容「${value}」。请选择空白区域，或插入到新工作表。`,
    cellChanged: (sheet: string, cell: string) => `工作表「${sheet}」的 ${cell} 在操作期间被修改了。请重新操作。`,
    writeFailed: (applied: number, total: number, cause: string) =>
      `写入中途失败（已完成 ${applied}/${total} 步）：${cause}`,
    leftSheets: (sheets: string) => `未写完的工作表仍在工作簿中：${sheets}。请检查后删除，再重新插入。`,
    removedSheets: (sheets: string) => `已删除未写完的工作表：${sheets}。`,
    partialWriteOn: (sheet: string) => `工作表「${sheet}」可能只写入了一部分，请检查（可用“撤消”恢复）。`,
    sheetName: {
      empty: (_name: string) => '工作表名称不能为空。',
      'too-long': (name: string) => `工作表名称「${name}」超过 31 个字符，请缩短。`,
      'bad-char': (name: string) => `工作表名称「${name}」含有不允许的字符（[ ] : * ? / \\），请删除这些字符。`,
      'quote-edge': (name: string) => `工作表名称「${name}」不能以单引号开头或结尾。`,
      reserved: (name: string) => `「${name}」是 Excel 保留的名称，不能用作工作表名称。`,
    },
    selection: {
      'not-in-indicator-table': '所选单元格不在指标表中。请在申报表某个二级指标的区域里选中一个单元格，再添加指标行。',
      'no-selection': '没有选中的单元格。请先在申报表中选中一个单元格。',
      'no-subcategory': '无法判断所选单元格属于哪个二级指标。请选中某个二级指标的行，再添加指标行。',
    },
    selectionAt: (sheet: string, cell: string) => `（当前选择：工作表「${sheet}」的 ${cell}）`,
    fileFormat: {
      'legacy-xls': (file: string) => `「${file}」是旧版 .xls 文件，请在 Excel 中另存为 .xlsx 后再试。`,
      'wps-et': (file: string) => `「${file}」是 WPS 表格（.et）文件，请另存为 .xlsx 后再试。`,
      docx: (file: string) => `「${file}」是 Word 文档，请把表格放到 Excel 中并保存为 .xlsx。`,
      'not-xlsx': (file: string) => `「${file}」不是 .xlsx 工作簿。请在 Excel 或 WPS 中打开后另存为 .xlsx（Excel 工作簿）再试。`,
      truncated: (file: string) => `「${file}」不完整或已损坏，请重新获取该文件。`,
      'too-large': (file: string) => `「${file}」太大，无法读取。`,
      unreadable: (file: string) => `无法读取「${file}」。`,
    },
    unreadableBecause: (file: string, cause: string) => `无法读取「${file}」：${cause}。`,
    /** Why a file could not be read, by system error code or FileFormatError detail. */
    fileReadCause: {
      ENOENT: '文件不存在',
      EACCES: '没有读取权限',
      EPERM: '没有读取权限',
      EISDIR: '这是一个文件夹',
      encrypted: '文件设有打开密码，请在 Excel 中去掉密码后另存为 .xlsx 再试',
    } as Record<string, string>,
    outputExists: (file: string) => `输出文件「${file}」已存在，未覆盖。要覆盖请加 --force，或换一个文件名。`,
    fileWrite: (file: string, cause: string) => `无法写入「${file}」：${cause}。原有文件未改动。`,
    fileWriteCause: {
      ENOENT: '文件夹不存在',
      EACCES: '没有写入权限',
      EPERM: '没有写入权限',
      ENOSPC: '磁盘空间不足',
      EROFS: '该位置只读',
      EISDIR: '这是一个文件夹',
    } as Record<string, string>,
    fieldValue: {
      amount: (label: string, text: string) => `「${label}」应填金额（万元），如 18.24 或 18.24万元，收到「${text}」。`,
      year: (label: string, text: string) => `「${label}」应填四位年份，如 2025，收到「${text}」。`,
      count: (label: string, text: string) => `「${label}」应填整数，收到「${text}」。`,
    },
    unavailable: (operation: string) => `此功能尚未接入 Excel（${operation}）。请更新加载项后再试。`,
    unknown: (message: string) => `发生意外错误：${message}`,
    unknownNoMessage: '发生意外错误。',
  },
  officeUnavailable: '无法加载 Office.js。请在 Excel 中打开此加载项，并检查网络连接。',
};

/** The shape every language's dictionary has. */
export type Strings = typeof zhCN;
