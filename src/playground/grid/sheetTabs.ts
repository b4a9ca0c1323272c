/**
 * The sheet tabs under the grid: one tab per visible sheet (hidden and very hidden sheets have
 * none, as in Excel), the active sheet's tab selected. Clicking a tab, or the arrow keys on the
 * tabs, shows that sheet.
 */
import type { InspectedWorkbook } from '../../fake-excel';

export const SHEET_TAB_ID = (index: number) => `sheet-tab-${index}`;

/** Draws the tabs; `onActivate` is called with a sheet's name. Returns the active tab's id. */
export function renderSheetTabs(list: HTMLElement, state: InspectedWorkbook, onActivate: (sheet: string) => void): string | null {
  const hadFocus = list.contains(document.activeElement);
  const visible = state.sheets.filter((s) => s.visibility === 'Visible');
  let activeId: string | null = null;
  const tabs = visible.map((s) => {
    const tab = document.createElement('button');
    tab.type = 'button';
    tab.setAttribute('role', 'tab');
    tab.id = SHEET_TAB_ID(s.position);
    tab.textContent = s.name;
    const selected = s.name === state.activeSheet;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    if (selected) activeId = tab.id;
    tab.addEventListener('click', () => {
      if (!selected) onActivate(s.name);
    });
    return tab;
  });
  list.onkeydown = (e) => {
    const i = visible.findIndex((s) => s.name === state.activeSheet);
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : -1;
    if (next >= 0 && next < visible.length && i >= 0) {
      e.preventDefault();
      onActivate(visible[next].name);
    }
  };
  list.replaceChildren(...tabs);
  if (hadFocus && activeId) document.getElementById(activeId)?.focus();
  return activeId;
}
