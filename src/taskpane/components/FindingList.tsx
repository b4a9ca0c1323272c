import { memo, useState } from 'react';
import { makeStyles, mergeClasses, tokens, useArrowNavigationGroup } from '@fluentui/react-components';
import type { Lang, Strings } from '../../i18n';
import type { FindingGroup } from '../findingGroups';
import type { Finding } from '../operations';
import { SeverityLabel } from './SeverityLabel';

/** Items a group shows before its "show the rest" button: long lists stay quick to render. */
export const GROUP_PAGE = 100;

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  group: { minWidth: 0 },
  groupHeading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  groupToggle: {
    display: 'flex',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalXS,
    width: '100%',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    background: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    font: 'inherit',
    textAlign: 'start',
    cursor: 'pointer',
    ':hover': { background: tokens.colorNeutralBackground3Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  chevron: { flexShrink: 0, width: '1em', transition: 'transform 0.1s' },
  chevronOpen: { transform: 'rotate(90deg)' },
  groupTitle: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  groupCount: { flexShrink: 0, color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightRegular },
  items: { listStyle: 'none', margin: 0, padding: 0 },
  item: {
    display: 'block',
    width: '100%',
    // A plain div (a finding without a cell) would otherwise be 100% plus its padding wide.
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    background: 'transparent',
    color: tokens.colorNeutralForeground1,
    font: 'inherit',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    textAlign: 'start',
    minWidth: 0,
  },
  clickable: {
    cursor: 'pointer',
    ':hover': { background: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  itemHead: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  message: { display: 'block', marginTop: '2px', overflowWrap: 'anywhere', whiteSpace: 'pre-line' },
  more: {
    alignSelf: 'flex-start',
    marginTop: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    background: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    font: 'inherit',
    fontSize: tokens.fontSizeBase200,
    cursor: 'pointer',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
});

export interface FindingListProps {
  groups: FindingGroup[];
  strings: Strings;
  lang: Lang;
  /** Called with a finding that points at a cell, on click or Enter; without it the items are text only. */
  onSelect?: (finding: Finding) => void;
}

/**
 * The findings, one collapsible group per sheet and form. Every text comes from the workbook or the
 * rules and is rendered as text, never as markup. Arrow keys move between the items.
 */
export function FindingList({ groups, strings, lang, onSelect }: FindingListProps) {
  const styles = useStyles();
  const arrows = useArrowNavigationGroup({ axis: 'vertical' });
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [expandedAll, setExpandedAll] = useState<ReadonlySet<string>>(new Set());
  const toggle = (set: ReadonlySet<string>, key: string) => {
    const next = new Set(set);
    if (!next.delete(key)) next.add(key);
    return next;
  };

  return (
    <div className={styles.list} {...arrows}>
      {groups.map((group, index) => {
        const open = !collapsed.has(group.key);
        const bodyId = `findings-group-${index}`;
        const limit = expandedAll.has(group.key) ? group.findings.length : GROUP_PAGE;
        const rest = group.findings.length - limit;
        return (
          <section key={group.key} className={styles.group}>
            <h3 className={styles.groupHeading}>
              <button
                type="button"
                className={styles.groupToggle}
                aria-expanded={open}
                aria-controls={bodyId}
                onClick={() => setCollapsed((c) => toggle(c, group.key))}
              >
                <span aria-hidden="true" className={mergeClasses(styles.chevron, open && styles.chevronOpen)}>
                  ›
                </span>
                <span className={styles.groupTitle}>{groupTitle(group, strings)}</span>
                <span className={styles.groupCount}>{strings.validate.groupCount(group.findings.length)}</span>
              </button>
            </h3>
            <div id={bodyId} hidden={!open}>
              {open && (
                <>
                  <ul className={styles.items}>
                    {group.findings.slice(0, limit).map((f, i) => (
                      <FindingItem key={i} finding={f} strings={strings} lang={lang} onSelect={onSelect} />
                    ))}
                  </ul>
                  {rest > 0 && (
                    <button type="button" className={styles.more} onClick={() => setExpandedAll((s) => toggle(s, group.key))}>
                      {strings.validate.showMore(rest)}
                    </button>
                  )}
                </>
              )}
            </div>
          </section>
        );
      })}
    </div>
  );
}

/** "工作表「项目1」 · 项目支出：道路维修" */
export function groupTitle(group: FindingGroup, strings: Strings): string {
  const t = strings.validate;
  if (group.sheet === null) return t.workbookGroup;
  const sheet = t.sheetGroup(group.sheet);
  const form = group.form ? t.formName(t.formKinds[group.form.kind], group.form.name || t.unnamedForm) : t.outsideForms;
  return `${sheet} · ${form}`;
}

interface FindingItemProps {
  finding: Finding;
  strings: Strings;
  lang: Lang;
  onSelect?: (finding: Finding) => void;
}

const FindingItem = memo(function FindingItem({ finding, strings, lang, onSelect }: FindingItemProps) {
  const styles = useStyles();
  const message = lang === 'en-US' ? finding.messageEn : finding.message;
  const content = (
    <>
      <span className={styles.itemHead}>
        <SeverityLabel severity={finding.severity} text={strings.validate.severity[finding.severity]} />
        {finding.cell && <span className={styles.cell}>{finding.cell}</span>}
      </span>
      <span className={styles.message}>{message}</span>
    </>
  );
  const { sheet, cell } = finding;
  if (sheet === null || cell === null || !onSelect) {
    return (
      <li>
        <div className={styles.item}>{content}</div>
      </li>
    );
  }
  return (
    <li>
      <button
        type="button"
        className={mergeClasses(styles.item, styles.clickable)}
        title={strings.validate.goTo(sheet, cell)}
        onClick={() => onSelect(finding)}
        onKeyDown={(e) => {
          // Handled here (and the button's own Enter click prevented) so that Enter selects exactly once.
          if (e.key === 'Enter') {
            e.preventDefault();
            onSelect(finding);
          }
        }}
      >
        {content}
      </button>
    </li>
  );
});
