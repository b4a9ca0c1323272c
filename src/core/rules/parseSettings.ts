/**
 * Reading a user's settings JSON (the CLI's `--config rules.json`, the pane's settings panel): every
 * key checked, problems described in Chinese and English, never a throw. Keys that are wrong keep
 * their defaults.
 */
import { RULE_IDS, isRuleId } from './ids';
import { DEFAULT_SETTINGS, resolveSettings, type RuleSettings } from './settings';
import { editDistance } from './structure/nameDistance';
import type { Message } from './types';

type Reader = (value: unknown, key: string, problems: Message[]) => unknown;

const SEVERITY_KEYS = ['severity', 'severities', 'level', 'levels'];

/** What a value is, as a problem names it. */
function typeName(value: unknown): Message {
  if (value === null) return { zh: '空值 null', en: 'null' };
  if (Array.isArray(value)) return { zh: '列表', en: 'a list' };
  switch (typeof value) {
    case 'string':
      return { zh: `文字「${value}」`, en: `the text "${value}"` };
    case 'number':
      return { zh: `数字 ${value}`, en: `the number ${value}` };
    case 'boolean':
      return { zh: String(value), en: String(value) };
    default:
      return { zh: '对象', en: 'an object' };
  }
}

function wordList(value: unknown, key: string, problems: Message[]): string[] | undefined {
  if (!Array.isArray(value) || !value.every((w) => typeof w === 'string' && w.trim() !== '')) {
    const t = typeName(value);
    problems.push({
      zh: `设置项「${key}」应为非空文字的列表，如 ["满意度", "合格率"]，现为${t.zh}，已使用默认值。`,
      en: `Setting "${key}" should be a list of non-empty texts such as ["满意度", "合格率"], not ${t.en}; the default is used.`,
    });
    return undefined;
  }
  return value.map((w: string) => w.trim());
}

function numberIn(min: number, max: number, integer = false): Reader {
  return (value, key, problems) => {
    const ok = typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
    if (ok && (!integer || Number.isInteger(value))) return value;
    const t = typeName(value);
    problems.push({
      zh: `设置项「${key}」应为 ${min} 到 ${max} 之间的${integer ? '整数' : '数字'}，现为${t.zh}，已使用默认值。`,
      en: `Setting "${key}" should be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}, not ${t.en}; the default is used.`,
    });
    return undefined;
  };
}

function boolean(value: unknown, key: string, problems: Message[]): boolean | undefined {
  if (typeof value === 'boolean') return value;
  const t = typeName(value);
  problems.push({
    zh: `设置项「${key}」应为 true 或 false，现为${t.zh}，已使用默认值。`,
    en: `Setting "${key}" should be true or false, not ${t.en}; the default is used.`,
  });
  return undefined;
}

function formMap(value: unknown, key: string, problems: Message[]): Record<string, boolean> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const t = typeName(value);
    problems.push({
      zh: `设置项「${key}」应为「表名: true/false」的对象，如 {"某某项目": false}，现为${t.zh}，已使用默认值。`,
      en: `Setting "${key}" should be an object of "sheet name": true/false such as {"某某项目": false}, not ${t.en}; the default is used.`,
    });
    return undefined;
  }
  const map: Record<string, boolean> = {};
  for (const [name, on] of Object.entries(value)) {
    if (typeof on === 'boolean') map[name] = on;
    else {
      const t = typeName(on);
      problems.push({
        zh: `设置项「${key}」中「${name}」的值应为 true 或 false，现为${t.zh}，已忽略。`,
        en: `In setting "${key}", the value for "${name}" should be true or false, not ${t.en}; it is ignored.`,
      });
    }
  }
  return map;
}

function levelSplitBase(value: unknown, key: string, problems: Message[]): RuleSettings['levelSplitBase'] | undefined {
  if (value === 'expenditure' || value === 'fiscalAppropriation') return value;
  const t = typeName(value);
  problems.push({
    zh: `设置项「${key}」应为 "expenditure"（基本支出 + 项目支出）或 "fiscalAppropriation"（财政拨款），现为${t.zh}，已使用默认值。`,
    en: `Setting "${key}" should be "expenditure" (basic plus project expenditure) or "fiscalAppropriation", not ${t.en}; the default is used.`,
  });
  return undefined;
}

function ruleIds(value: unknown, key: string, problems: Message[]): string[] | undefined {
  if (!Array.isArray(value)) {
    const t = typeName(value);
    problems.push({
      zh: `设置项「${key}」应为规则编号的列表，如 ["value.qualitative"]，现为${t.zh}，已使用默认值。`,
      en: `Setting "${key}" should be a list of rule ids such as ["value.qualitative"], not ${t.en}; the default is used.`,
    });
    return undefined;
  }
  const ids: string[] = [];
  for (const id of value) {
    if (typeof id === 'string' && isRuleId(id)) ids.push(id);
    else {
      const t = typeName(id);
      problems.push({
        zh: `设置项「${key}」中有一项不是规则编号（如 "value.qualitative"）：${t.zh}，已忽略。`,
        en: `Setting "${key}" holds an item that is not a rule id (such as "value.qualitative"): ${t.en}; it is ignored.`,
      });
    }
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
export function parseSettings(json: unknown): { settings: RuleSettings; problems: Message[] } {
  const problems: Message[] = [];
  let data = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      problems.push({
        zh: `设置文件不是有效的 JSON（${why}），已全部使用默认设置。`,
        en: `The settings are not valid JSON (${why}); all defaults are used.`,
      });
      return { settings: resolveSettings(), problems };
    }
  }
  if (data === undefined || data === null) return { settings: resolveSettings(), problems };
  if (typeof data !== 'object' || Array.isArray(data)) {
    const t = typeName(data);
    problems.push({
      zh: `设置应为一个 JSON 对象（{ … }），现为${t.zh}，已全部使用默认设置。`,
      en: `The settings should be a JSON object ({ … }), not ${t.en}; all defaults are used.`,
    });
    return { settings: resolveSettings(), problems };
  }
  const partial: Partial<Record<keyof RuleSettings, unknown>> = {};
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (key === '$schema' || key.startsWith('//')) continue;
    if (SEVERITY_KEYS.includes(key)) {
      problems.push({
        zh: `规则的严重程度（错误、警告、提示）由规则本身决定，不能修改，设置项「${key}」已忽略；可用 "disabled" 关闭不需要的规则。`,
        en: `A rule's severity (error, warning, info) is the rule's own and cannot be set; "${key}" is ignored. Use "disabled" to turn rules off.`,
      });
      continue;
    }
    if (!(KEYS as string[]).includes(key)) {
      const guess = closestKey(key);
      problems.push({
        zh: `未知的设置项「${key}」，已忽略${guess ? `；是否想写「${guess}」？` : '。'}`,
        en: `Unknown setting "${key}", ignored${guess ? `; did you mean "${guess}"?` : '.'}`,
      });
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
