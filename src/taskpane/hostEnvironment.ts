/**
 * The pane's language and theme, read from what Office reports (Office.context), passed in so that
 * this file never touches the Office global.
 */
import { pickLanguage, type Lang } from '../i18n';

export type ThemeName = 'light' | 'dark';

/** The parts of Office.context the pane reads; any of them may be missing outside Office. */
export interface HostContextLike {
  displayLanguage?: string;
  officeTheme?: { bodyBackgroundColor?: string; isDarkTheme?: boolean } | null;
}

export interface HostEnvironment {
  lang: Lang;
  theme: ThemeName;
}

export function readHostEnvironment(context: HostContextLike | undefined | null): HostEnvironment {
  return {
    lang: pickLanguage(context?.displayLanguage),
    theme: themeOf(context?.officeTheme),
  };
}

/** Office's own word (`isDarkTheme`, newer Office) when it gives one, else the body background's lightness. */
export function themeOf(officeTheme: HostContextLike['officeTheme']): ThemeName {
  if (typeof officeTheme?.isDarkTheme === 'boolean') return officeTheme.isDarkTheme ? 'dark' : 'light';
  return themeFromBackground(officeTheme?.bodyBackgroundColor);
}

/** Dark when Office's body background is dark ("#RRGGBB" or "#RGB"); light when unknown. */
export function themeFromBackground(color: string | undefined | null): ThemeName {
  const rgb = parseHexColor(color);
  if (!rgb) return 'light';
  const [r, g, b] = rgb.map((c) => {
    const x = c / 255;
    return x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance < 0.2 ? 'dark' : 'light';
}

function parseHexColor(color: string | undefined | null): [number, number, number] | null {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color?.trim() ?? '');
  if (!m) return null;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}
