/**
 * The playground page: a workbook view (sheet tabs, a grid, a name box) beside the real task pane,
 * both on one in-memory fake Excel. The workbook starts as the example forms; 新建, 打开 (.xlsx) and
 * 保存 (.xlsx download) work in the browser only. Query: ?lang=en-US for English, ?api=1.12 to
 * imitate an older Excel (ExcelApi 1.8 and up).
 */
import { pickLanguage } from '../i18n';
import { describeError } from '../i18n/describeError';
import { BRIDGE_GLOBAL, type PlaygroundBridge } from './bridge';
import { GridView } from './grid/gridView';
import { renderSheetTabs } from './grid/sheetTabs';
import { PlaygroundSession } from './session';
import { playgroundStrings } from './strings';
import { watchFake } from './watchFake';

const params = new URLSearchParams(location.search);
const lang = pickLanguage(params.get('lang') ?? 'zh-CN');
const api = params.get('api');
const apiVersion = api && /^1\.(\d+)$/.test(api) && Number(api.slice(2)) >= 8 ? api : '1.18';
const strings = playgroundStrings(lang);
const session = new PlaygroundSession({ displayLanguage: lang, apiVersion });

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
}

function button(id: string, text: string): HTMLButtonElement {
  return el('button', { id, type: 'button', textContent: text });
}

// The page's parts.
const newButton = button('new-workbook', strings.newBlank);
const exampleButton = button('example-workbook', strings.example);
const openButton = button('open-workbook', strings.open);
const saveButton = button('save-workbook', strings.save);
const fileInput = el('input', { id: 'open-file', type: 'file', accept: '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', hidden: true });
fileInput.setAttribute('aria-label', strings.fileInput);
const toolbar = el('div', { className: 'toolbar' }, newButton, exampleButton, openButton, saveButton, fileInput);
toolbar.setAttribute('role', 'toolbar');
toolbar.setAttribute('aria-label', strings.toolbar);
const status = el('p', { id: 'status', className: 'status', textContent: strings.loading });
status.setAttribute('role', 'status');

const nameBox = el('output', { id: 'name-box', className: 'name-box' });
const contentBox = el('output', { id: 'content-box', className: 'content-box' });
const formulaBar = el(
  'div',
  { className: 'formula-bar' },
  el('label', { htmlFor: 'name-box', className: 'visually-hidden', textContent: strings.nameBox }),
  nameBox,
  el('label', { htmlFor: 'content-box', className: 'visually-hidden', textContent: strings.content }),
  contentBox,
);
const table = el('table', { id: 'grid', className: 'grid' });
table.setAttribute('role', 'grid');
const scroller = el('div', { className: 'grid-scroll' }, table);
scroller.setAttribute('role', 'tabpanel');
const tabs = el('div', { className: 'sheet-tabs' });
tabs.setAttribute('role', 'tablist');
tabs.setAttribute('aria-label', strings.sheets);
const book = el('section', { className: 'book' }, formulaBar, scroller, tabs);
book.setAttribute('aria-label', strings.workbook);
const pane = el('aside', { className: 'pane' });
pane.setAttribute('aria-label', strings.pane);

const app = document.getElementById('app') ?? document.body;
document.documentElement.lang = lang;
document.title = strings.title;
app.replaceChildren(
  el('header', { className: 'top' }, el('div', { className: 'heading' }, el('h1', { textContent: strings.title }), el('p', { textContent: strings.subtitle })), toolbar),
  status,
  el('main', { className: 'layout' }, book, pane),
  el('footer', { className: 'bottom', textContent: strings.local }),
);

const say = (text: string) => {
  status.textContent = text;
};

const grid = new GridView({ table, scroller, nameBox, contentBox }, {
  select: (sheet, range) => session.select(sheet, range),
  type: (sheet, a1, text) => session.type(sheet, a1, text),
  failed: (a1, err) => say(strings.typeFailed(a1, describeError(err, lang))),
}, strings);

function redraw(): void {
  if (!session.ready) return;
  const state = session.inspect();
  const activeTab = renderSheetTabs(tabs, state, (sheet) => {
    session.activate(sheet).catch((err: unknown) => say(describeError(err, lang)));
  });
  if (activeTab) scroller.setAttribute('aria-labelledby', activeTab);
  grid.show(state);
}

/** A new frame for the pane of each workbook, as Excel gives each document its own pane. */
function mountPane(): void {
  const frame = el('iframe', { name: 'pane', title: strings.paneFrame, src: 'playground-pane.html' });
  pane.replaceChildren(frame);
}

const bridge: PlaygroundBridge = {
  current: () => ({ Excel: session.current.fake.Excel, Office: session.current.fake.Office }),
  inspect: () => session.inspect(),
};
(window as unknown as Record<string, unknown>)[BRIDGE_GLOBAL] = bridge;

session.onDocument(() => {
  mountPane();
  redraw();
});
watchFake(() => (session.ready ? session.current.fake : null), redraw);

/** Runs a toolbar action with the toolbar disabled, reporting failures in the status line. */
async function busy(action: () => Promise<void>): Promise<void> {
  const buttons = [newButton, exampleButton, openButton, saveButton];
  buttons.forEach((b) => (b.disabled = true));
  try {
    await action();
  } catch (err) {
    say(describeError(err, lang));
  } finally {
    buttons.forEach((b) => (b.disabled = false));
  }
}

function download(bytes: ArrayBuffer, name: string): void {
  const blob = new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  const url = URL.createObjectURL(blob);
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

newButton.addEventListener('click', () =>
  busy(async () => {
    session.newBlank(strings.blankName);
    say(strings.ready(strings.blankName));
  }),
);
exampleButton.addEventListener('click', () =>
  busy(async () => {
    await session.example(strings.exampleName);
    say(strings.ready(strings.exampleName));
  }),
);
openButton.addEventListener('click', () => fileInput.click());
fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  fileInput.value = '';
  if (!file) return;
  void busy(async () => {
    const doc = await session.open(file.name, await file.arrayBuffer());
    say(strings.opened(doc.name, session.inspect().sheets.length));
  });
});
saveButton.addEventListener('click', () =>
  busy(async () => {
    const name = /\.xlsx$/i.test(session.current.name) ? session.current.name : `${session.current.name}.xlsx`;
    try {
      download(await session.save(), name);
    } catch (err) {
      say(strings.saveFailed(describeError(err, lang)));
      return;
    }
    say(strings.saved(name));
  }),
);

void busy(async () => {
  await session.example(strings.exampleName);
  say(strings.ready(strings.exampleName));
});
