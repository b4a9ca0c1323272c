/** One measured figure, its budget and whether it holds. */
export interface Measurement {
  section: string;
  name: string;
  value: number;
  unit: string;
  /** The budget in words (e.g. "≤ 3"), or '' for a figure shown for information. */
  budget: string;
  /** Null: no budget applies. */
  ok: boolean | null;
  /** More figures shown beside it (e.g. bytes). */
  detail?: string;
}

export function figure(section: string, name: string, value: number, unit: string, detail?: string): Measurement {
  return { section, name, value, unit, budget: '', ok: null, ...(detail ? { detail } : {}) };
}

export function budgeted(
  section: string,
  name: string,
  value: number,
  unit: string,
  budget: string,
  ok: boolean,
  detail?: string,
): Measurement {
  return { section, name, value, unit, budget, ok, ...(detail ? { detail } : {}) };
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export const MB = 1024 * 1024;
