/**
 * Offline checks of manifest.xml: well-formed, the elements Office requires in schema order, ids,
 * resources, icon files; plus the XSD check with xmllint where it and ../shared/manifest-xsd exist.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { allElements, parseXml, type XmlElement } from './tinyXml';

const ROOT = path.resolve(__dirname, '../..');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const XSD = path.resolve(ROOT, '../shared/manifest-xsd/OfficeAppManifestV1_1.xsd');
const DEV_URL = 'https://localhost:3000/';

const source = fs.readFileSync(MANIFEST, 'utf8');
const app = parseXml(source);

/** Children of OfficeApp (TaskPaneApp), in the order OfficeAppManifestV1_1.xsd requires. */
const SCHEMA_ORDER = [
  'Id',
  'AlternateId',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'Dictionary',
  'VersionOverrides',
];
const REQUIRED = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'DefaultSettings', 'Permissions'];

function only(el: XmlElement | undefined, name: string): XmlElement {
  const found = el?.children.filter((c) => c.name === name) ?? [];
  if (found.length !== 1) throw new Error(`expected one <${name}> in <${el?.name}>, found ${found.length}`);
  return found[0];
}

function pngSize(file: string): { width: number; height: number } {
  const buf = fs.readFileSync(file);
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((b, i) => buf[i] === b) || buf.toString('ascii', 12, 16) !== 'IHDR') throw new Error(`${file} is not a PNG`);
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** The file behind a dev-server URL: taskpane.html is built from src/taskpane/, the rest is copied as is. */
function fileForUrl(url: string): string {
  expect(url.startsWith(DEV_URL)).toBe(true);
  const rel = url.slice(DEV_URL.length);
  return rel === 'taskpane.html' ? path.join(ROOT, 'src/taskpane/taskpane.html') : path.join(ROOT, rel);
}

const versionOverrides = only(app, 'VersionOverrides');
const resources = only(versionOverrides, 'Resources');
const resourceElements = resources.children.flatMap((group) => group.children.map((r) => ({ group: group.name, el: r })));
const resourceById = new Map(resourceElements.map((r) => [r.el.attrs.id, r]));

describe('manifest.xml', () => {
  test('is a TaskPaneApp manifest v1.1 for Excel', () => {
    expect(app.name).toBe('OfficeApp');
    expect(app.attrs.xmlns).toBe('http://schemas.microsoft.com/office/appforoffice/1.1');
    expect(app.attrs['xsi:type']).toBe('TaskPaneApp');
    expect(only(only(app, 'Hosts'), 'Host').attrs.Name).toBe('Workbook');
    expect(only(app, 'Permissions').text.trim()).toBe('ReadWriteDocument');
    expect(only(only(app, 'DefaultSettings'), 'SourceLocation').attrs.DefaultValue).toBe(`${DEV_URL}taskpane.html`);
  });

  test('has the required elements, in schema order', () => {
    const names = app.children.map((c) => c.name);
    for (const name of names) expect(SCHEMA_ORDER).toContain(name);
    const positions = names.map((n) => SCHEMA_ORDER.indexOf(n));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(names).size).toBe(names.length);
    for (const name of REQUIRED) expect(names).toContain(name);
    expect(names).toEqual(expect.arrayContaining(['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Requirements', 'VersionOverrides']));
  });

  test('Id is a GUID and Version has four numbers', () => {
    expect(only(app, 'Id').text.trim()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(only(app, 'Version').text.trim()).toMatch(/^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/);
  });

  test('speaks Chinese by default with English overrides', () => {
    expect(only(app, 'DefaultLocale').text.trim()).toBe('zh-CN');
    for (const name of ['DisplayName', 'Description']) {
      const el = only(app, name);
      expect(el.attrs.DefaultValue).toMatch(/[\u4e00-\u9fff]/);
      expect(only(el, 'Override').attrs).toEqual({ Locale: 'en-US', Value: expect.stringMatching(/[A-Za-z]/) });
    }
    expect(only(app, 'DisplayName').attrs.DefaultValue.length).toBeLessThanOrEqual(125);
    expect(only(app, 'Description').attrs.DefaultValue.length).toBeLessThanOrEqual(250);
  });

  test('requires ExcelApi 1.8', () => {
    const sets = only(only(app, 'Requirements'), 'Sets');
    expect(sets.attrs.DefaultMinVersion).toBe('1.1');
    expect(sets.children.map((s) => s.attrs)).toEqual([{ Name: 'ExcelApi', MinVersion: '1.8' }]);
  });

  test('puts a ShowTaskpane button on the Home tab', () => {
    expect(versionOverrides.attrs['xsi:type']).toBe('VersionOverridesV1_0');
    const tab = allElements(versionOverrides).find((e) => e.name === 'OfficeTab');
    expect(tab?.attrs.id).toBe('TabHome');
    const group = only(tab, 'Group');
    const button = only(group, 'Control');
    expect(button.attrs['xsi:type']).toBe('Button');
    const action = only(button, 'Action');
    expect(action.attrs['xsi:type']).toBe('ShowTaskpane');
    expect(resourceById.get(only(action, 'SourceLocation').attrs.resid)?.el.attrs.DefaultValue).toBe(`${DEV_URL}taskpane.html`);
  });

  test('every resid is defined once, every resource is used, ids fit 32 characters', () => {
    const ids = resourceElements.map((r) => r.el.attrs.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(32);
    const used = new Set(allElements(versionOverrides).flatMap((e) => (e.attrs.resid ? [e.attrs.resid] : [])));
    expect(used.size).toBeGreaterThan(0);
    for (const resid of used) expect(ids).toContain(resid);
    for (const id of ids) expect(used).toContain(id);
  });

  test('every string resource has an en-US override and fits its length', () => {
    for (const { group, el } of resourceElements) {
      if (group !== 'bt:ShortStrings' && group !== 'bt:LongStrings') continue;
      const limit = group === 'bt:ShortStrings' ? 125 : 250;
      expect(el.attrs.DefaultValue.length).toBeLessThanOrEqual(limit);
      const override = only(el, 'bt:Override');
      expect(override.attrs.Locale).toBe('en-US');
      expect(override.attrs.Value.length).toBeGreaterThan(0);
      expect(override.attrs.Value.length).toBeLessThanOrEqual(limit);
    }
  });

  test('every icon list offers 16, 32 and 80 px images whose files have that size', () => {
    const iconLists = allElements(versionOverrides).filter((e) => e.name === 'Icon');
    expect(iconLists.length).toBeGreaterThanOrEqual(2);
    for (const list of iconLists) {
      expect(list.children.map((i) => i.attrs.size).sort()).toEqual(['16', '32', '80']);
      for (const image of list.children) {
        const resource = resourceById.get(image.attrs.resid);
        expect(resource?.group).toBe('bt:Images');
        const size = Number(image.attrs.size);
        expect(pngSize(fileForUrl(resource!.el.attrs.DefaultValue))).toEqual({ width: size, height: size });
      }
    }
    expect(pngSize(fileForUrl(only(app, 'IconUrl').attrs.DefaultValue))).toEqual({ width: 32, height: 32 });
    expect(pngSize(fileForUrl(only(app, 'HighResolutionIconUrl').attrs.DefaultValue))).toEqual({ width: 64, height: 64 });
  });

  test('every dev-server URL points to a file the build serves', () => {
    const urls = allElements(app).flatMap((e) => [...Object.values(e.attrs), e.text.trim()]).filter((v) => v.startsWith('https://'));
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) {
      if (url === DEV_URL.slice(0, -1)) continue; // the AppDomain origin
      expect(fs.existsSync(fileForUrl(url))).toBe(true);
    }
    expect(only(only(app, 'AppDomains'), 'AppDomain').text.trim()).toBe('https://localhost:3000');
  });
});

describe('manifest for a production server (webpack --env url=…)', () => {
  const { rewriteManifest } = jest.requireActual<{ rewriteManifest: (xml: string, url: string) => string }>('../../webpack.config.js');

  test('replaces every localhost URL and the AppDomain origin', () => {
    const out = rewriteManifest(source, 'https://intranet.example/jixiao/');
    expect(out).not.toContain('localhost');
    const rewritten = parseXml(out);
    expect(only(only(rewritten, 'DefaultSettings'), 'SourceLocation').attrs.DefaultValue).toBe('https://intranet.example/jixiao/taskpane.html');
    expect(only(rewritten, 'IconUrl').attrs.DefaultValue).toBe('https://intranet.example/jixiao/assets/icon-32.png');
    expect(only(only(rewritten, 'AppDomains'), 'AppDomain').text.trim()).toBe('https://intranet.example');
  });

  test('adds a missing trailing slash and refuses http and junk', () => {
    expect(rewriteManifest(source, 'https://intranet.example/jixiao')).toContain('"https://intranet.example/jixiao/taskpane.html"');
    expect(() => rewriteManifest(source, 'http://intranet.example/')).toThrow(/https/);
    expect(() => rewriteManifest(source, 'intranet.example')).toThrow(/not a URL/);
  });
});

describe('XSD validation (xmllint)', () => {
  const haveXmllint = !spawnSync('xmllint', ['--version']).error;
  const haveXsd = fs.existsSync(XSD);
  if (!haveXmllint || !haveXsd) {
    test.skip('xmllint or ../shared/manifest-xsd is missing', () => undefined);
    console.log(`manifest XSD check skipped: ${!haveXmllint ? 'xmllint not installed' : `${XSD} not found`}`);
    return;
  }
  const { rewriteManifest } = jest.requireActual<{ rewriteManifest: (xml: string, url: string) => string }>('../../webpack.config.js');
  const validate = (file: string) => spawnSync('xmllint', ['--noout', '--schema', XSD, file], { encoding: 'utf8' });

  test('manifest.xml validates against OfficeAppManifestV1_1.xsd', () => {
    const r = validate(MANIFEST);
    expect(r.stderr).toContain('validates');
    expect(r.status).toBe(0);
  });

  test('the production manifest validates too', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-'));
    const file = path.join(dir, 'manifest.xml');
    fs.writeFileSync(file, rewriteManifest(source, 'https://intranet.example/jixiao/'));
    const r = validate(file);
    fs.rmSync(dir, { recursive: true, force: true });
    expect(r.stderr).toContain('validates');
    expect(r.status).toBe(0);
  });
});
