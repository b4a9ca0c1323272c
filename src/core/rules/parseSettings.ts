/**
 * Reading a user's settings JSON (the CLI's `--config rules.json`, the pane's settings panel): every
 * key checked, problems described in Chinese, never a throw. Keys that are wrong keep their defaults.
 */
import { RULE_IDS, isRuleId } from './ids';
import { DEFAULT_SETTINGS, resolveSettings, type RuleSettings } from './settings';
import { editDistance } from './structure/nameDistance';

type Reader = (value: unknown, key: string, problems: string[]) => unknown;

const SEVERITY_KEYS = ['severity', 'severities', 'level', 'levels'];

function typeName(value: unknown): string {
  if (value === null) return '空值 null';
  if (Array.isArray(value)) return '列表';
  switch (typeof value) {
    case 'string':
      return `文字「${value}」`;
    case 'number':
      return `数字 ${value}`;
    case 'boolean':
      return value ? 'true' : 'false';
    default:
      return '对象';
  }
}

function wordList(value: unknown, key: string, problems: string[]): string[] | undefined {
  if (!Array.isArray(value) || !value.every((w) => typeof w === 'string' && w.trim() !== '')) {
    problems.push(`设置项「${key}」应为非空文字的列表，如 ["满意度", "合格率"]，现为${typeName(value)}，已使用默认值。`);
    return undefined;
  }
  return value.map((w: string) => w.trim());
}

function numberIn(min: number, max: number, integer = false): Reader {
  return (value, key, problems) => {
    const ok = typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
    if (ok && (!integer || Number.isInteger(value))) return value;
    problems.push(
      `设置项「${key}」应为 ${min} 到 ${max} 之间的${integer ? '整数' : '数字'}，现为${typeName(value)}，已使用默认值。`,
    );
    return undefined;
  };
}

function boolean(value: unknown, key: string, problems: string[]): boolean | undefined {
  if (typeof value === 'boolean') return value;
  problems.push(`设置项「${key}」应为 true 或 false，现为${typeName(value)}，已使用默认值。`);
  return undefined;
}

function formMap(value: unknown, key: string, problems: string[]): Record<string, boolean> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push(`设置项「${key}」应为「表名: true/false」的对象，如 {"某某项目": false}，现为${typeName(value)}，已使用默认值。`);
    return undefined;
  }
  const map: Record<string, boolean> = {};
  for (const [name, on] of Object.entries(value)) {
    if (typeof on === 'boolean') map[name] = on;
    else problems.push(`设置项「${key}」中「${name}」的值应为 true 或 false，现为${typeName(on)}，已忽略。`);
  }
  return map;
}

function levelSplitBase(value: unknown, key: string, problems: string[]): RuleSettings['levelSplitBase'] | undefined {
  if (value === 'expenditure' || value === 'fiscalAppropriation') return value;
  problems.push(
    `设置项「${key}」应为 "expenditure"（基本支出 + 项目支出）或 "fiscalAppropriation"（财政拨款），现为${typeName(value)}，已使用默认值。`,
  );
  return undefined;
}

function ruleIds(value: unknown, key: string, problems: string[]): string[] | undefined {
  if (!Array.isArray(value)) {
    problems.push(`设置项「${key}」应为规则编号的列表，如 ["value.qualitative"]，现为${typeName(value)}，已使用默认值。`);
    return undefined;
  }
  const ids: string[] = [];
  for (const id of value) {
    if (typeof id === 'string' && isRuleId(id)) ids.push(id);
    else problems.push(`设置项「${key}」中有一项不是规则编号（如 "value.qualitative"）：${typeName(id)}，已忽略。`);
  }
  return ids;
}

const READERS: Record<keyof RuleSettings, Reader> = {
  boundedRateNames: wordList,
  growthRateNames: wordList,
  reverseKeywords: wordList,
  satisfactionThreshold: numberIn(0, 100),
  requireSatisfaction: boolean,
  requireSatisfactionByForm: formMap,
  levelSplitBase,
  amountTolerance: numberIn(0, 100),
  precisionDecimals: numberIn(0, 10, true),
  disabled: ruleIds,
};

const KEYS = Object.keys(READERS) as (keyof RuleSettings)[];

function closestKey(key: string): string | null {
  let best: string | null = null;
  let bestDistance = 4;
  for (const k of KEYS) {
    const d = editDistance(key.toLowerCase(), k.toLowerCase(), 3);
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * Settings from a user's JSON (already parsed, or the file's text). Unknown keys and values of the
 * wrong type are reported and left at their defaults. Keys `$schema` and those starting with `//`
 * (comments) are ignored silently. Severities cannot be set: each rule id has one.
 */
export function parseSettings(json: unknown): { settings: RuleSettings; problems: string[] } {
  const problems: string[] = [];
  let data = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json);
    } catch (e) {
      problems.push(`设置文件不是有效的 JSON（${e instanceof Error ? e.message : String(e)}），已全部使用默认设置。`);
      return { settings: resolveSettings(), problems };
    }
  }
  if (data === undefined || data === null) return { settings: resolveSettings(), problems };
  if (typeof data !== 'object' || Array.isArray(data)) {
    problems.push(`设置应为一个 JSON 对象（{ … }），现为${typeName(data)}，已全部使用默认设置。`);
    return { settings: resolveSettings(), problems };
  }
  const partial: Partial<Record<keyof RuleSettings, unknown>> = {};
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (key === '$schema' || key.startsWith('//')) continue;
    if (SEVERITY_KEYS.includes(key)) {
      problems.push(`规则的严重程度（错误、警告、提示）由规则本身决定，不能修改，设置项「${key}」已忽略；可用 "disabled" 关闭不需要的规则。`);
      continue;
    }
    if (!(KEYS as string[]).includes(key)) {
      const guess = closestKey(key);
      problems.push(`未知的设置项「${key}」，已忽略${guess ? `；是否想写「${guess}」？` : '。'}`);
      continue;
    }
    const read = READERS[key as keyof RuleSettings](value, key, problems);
    if (read !== undefined) partial[key as keyof RuleSettings] = read;
  }
  return { settings: resolveSettings(partial as Partial<RuleSettings>), problems };
}

/** The keys a settings file may hold, and the rule ids `disabled` accepts (for help texts). */
export const SETTINGS_KEYS: readonly string[] = KEYS;
export const DISABLEABLE_RULES: readonly string[] = RULE_IDS;
export { DEFAULT_SETTINGS };
