import { readHostEnvironment, themeFromBackground } from '../../src/taskpane/hostEnvironment';
import { pickLanguage, stringsFor } from '../../src/i18n';

describe('language', () => {
  test.each([
    ['en-US', 'en-US'],
    ['en-GB', 'en-US'],
    ['EN', 'en-US'],
    ['zh-CN', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['fr-FR', 'zh-CN'],
    ['', 'zh-CN'],
    [undefined, 'zh-CN'],
  ])('display language %j → %s', (display, lang) => {
    expect(pickLanguage(display)).toBe(lang);
  });

  test('both dictionaries have the same keys, none empty', () => {
    const shape = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => {
        if (typeof v === 'string') expect(v.trim()).not.toBe('');
        return v && typeof v === 'object' ? shape(v, `${prefix}${k}.`) : [`${prefix}${k}:${typeof v}`];
      });
    expect(shape(stringsFor('en-US'))).toEqual(shape(stringsFor('zh-CN')));
  });
});

describe('theme', () => {
  test.each([
    ['#FFFFFF', 'light'],
    ['#f3f3f3', 'light'],
    ['#a0a0a0', 'light'],
    ['#444444', 'dark'],
    ['#262626', 'dark'],
    ['#000', 'dark'],
    ['', 'light'],
    ['not a colour', 'light'],
    [undefined, 'light'],
  ])('body background %j → %s', (colour, theme) => {
    expect(themeFromBackground(colour)).toBe(theme);
  });

  test('reads language and theme from an Office.context-like object, tolerating gaps', () => {
    expect(readHostEnvironment({ displayLanguage: 'en-US', officeTheme: { bodyBackgroundColor: '#262626' } })).toEqual({
      lang: 'en-US',
      theme: 'dark',
    });
    expect(readHostEnvironment({ displayLanguage: 'zh-CN', officeTheme: null })).toEqual({ lang: 'zh-CN', theme: 'light' });
    expect(readHostEnvironment(undefined)).toEqual({ lang: 'zh-CN', theme: 'light' });
  });

  test("Office's own isDarkTheme, where given, wins over the background colour", () => {
    expect(readHostEnvironment({ officeTheme: { bodyBackgroundColor: '#ffffff', isDarkTheme: true } }).theme).toBe('dark');
    expect(readHostEnvironment({ officeTheme: { bodyBackgroundColor: '#262626', isDarkTheme: false } }).theme).toBe('light');
  });
});
