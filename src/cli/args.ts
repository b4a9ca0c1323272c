/**
 * A small argument parser for the jixiao command: flags with values, repeatable flags, booleans and
 * positionals. Unknown flags are usage errors.
 */

export interface FlagSpec {
  /** Takes a value (`--out FILE`); otherwise a boolean switch. */
  value?: boolean;
  /** May be given several times; values collect in an array. */
  repeat?: boolean;
  /** One-letter alias, e.g. "o" for `-o`. */
  alias?: string;
}

export interface ParsedArgs {
  flags: Record<string, string | boolean | string[]>;
  positionals: string[];
}

export class UsageError extends Error {}

export function parseArgs(argv: string[], spec: Record<string, FlagSpec>): ParsedArgs {
  const flags: ParsedArgs['flags'] = {};
  const positionals: string[] = [];
  const byAlias = new Map<string, string>();
  for (const [name, s] of Object.entries(spec)) if (s.alias) byAlias.set(s.alias, name);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    let name: string | undefined;
    let inline: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
      inline = eq >= 0 ? arg.slice(eq + 1) : undefined;
    } else if (/^-[A-Za-z]$/.test(arg)) {
      name = byAlias.get(arg.slice(1));
      if (!name) throw new UsageError(`未知选项 ${arg} (unknown option)`);
    } else {
      positionals.push(arg);
      continue;
    }
    const s = spec[name];
    if (!s) throw new UsageError(`未知选项 --${name} (unknown option)`);
    let value: string | boolean = true;
    if (s.value) {
      if (inline !== undefined) value = inline;
      else {
        if (i + 1 >= argv.length) throw new UsageError(`选项 --${name} 需要一个值 (needs a value)`);
        value = argv[++i];
      }
    } else if (inline !== undefined) {
      throw new UsageError(`选项 --${name} 不带值 (takes no value)`);
    }
    if (s.repeat) {
      const list = (flags[name] as string[] | undefined) ?? [];
      list.push(String(value));
      flags[name] = list;
    } else {
      if (name in flags) throw new UsageError(`选项 --${name} 只能给一次 (given twice)`);
      flags[name] = value;
    }
  }
  return { flags, positionals };
}
