/**
 * The `--config rules.json` option: a rule settings file read with parseSettings. A file that cannot
 * be read or is not JSON is a usage error; a wrong key or value is a warning and keeps its default.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { parseSettings, type Message, type RuleSettings } from '../core/rules';
import { UsageError } from './args';

export interface LoadedConfig {
  settings: RuleSettings;
  /** What was wrong with keys or values, each left at its default. */
  problems: Message[];
}

export async function readConfig(file: string, cwd: string): Promise<LoadedConfig> {
  const full = path.resolve(cwd, file);
  let text: string;
  try {
    text = await fs.readFile(full, 'utf8');
  } catch (err) {
    const code = (err as { code?: string }).code ?? (err as Error).message;
    throw new UsageError(`无法读取设置文件「${file}」（${code}）(cannot read the config file)`);
  }
  let json: unknown;
  try {
    // Notepad on Windows saves UTF-8 with a byte order mark.
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new UsageError(`设置文件「${file}」不是有效的 JSON：${(err as Error).message} (the config file is not valid JSON)`);
  }
  return parseSettings(json);
}
