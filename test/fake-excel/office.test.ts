import { createFakeExcel } from '../../src/fake-excel';

describe('the Office namespace', () => {
  test.each([
    ['1.18', '1.8', true],
    ['1.18', '1.18', true],
    ['1.12', '1.13', false],
    ['1.9', '1.13', false],
    ['1.13', '1.9', true],
  ])('ExcelApi %s supports %s: %s', (have, want, expected) => {
    const fake = createFakeExcel({ apiVersion: have });
    expect(fake.Office.context.requirements.isSetSupported('ExcelApi', want)).toBe(expected);
  });

  test('other requirement sets are not supported; the version can change', () => {
    const fake = createFakeExcel();
    expect(fake.Office.context.requirements.isSetSupported('WordApi', '1.1')).toBe(false);
    expect(fake.Office.context.requirements.isSetSupported('ExcelApi')).toBe(true);
    fake.setApiVersion('1.8');
    expect(fake.Office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(false);
  });

  test('onReady and displayLanguage', async () => {
    const fake = createFakeExcel({ displayLanguage: 'en-US' });
    const seen: string[] = [];
    const info = await fake.Office.onReady((i) => seen.push(i.host));
    expect([info.host, seen]).toEqual(['Excel', ['Excel']]);
    expect(fake.Office.context.displayLanguage).toBe('en-US');
    expect(createFakeExcel().Office.context.displayLanguage).toBe('zh-CN');
  });

  test('settings: set and get in memory, saveAsync stores them in the document', async () => {
    const fake = createFakeExcel({ workbook: { settings: { level: '市' } } });
    const settings = fake.Office.context.document.settings;
    expect(settings.get('level')).toBe('市');
    settings.set('budgetYear', 2025);
    settings.remove('level');
    expect(settings.get('budgetYear')).toBe(2025);
    expect(fake.inspect().settings).toEqual({ level: '市' });
    const status = await new Promise((resolve) => settings.saveAsync((r) => resolve(r.status)));
    expect(status).toBe('succeeded');
    expect(fake.inspect().settings).toEqual({ budgetYear: 2025 });
  });
});
