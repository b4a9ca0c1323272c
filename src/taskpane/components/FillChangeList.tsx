import { useState } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { Strings } from '../../i18n';
import { changeText, groupChanges } from '../fillPlanView';
import type { FillChange } from '../operations';
import { GROUP_PAGE } from './FindingList';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  group: { minWidth: 0, fontSize: tokens.fontSizeBase200 },
  summary: {
    cursor: 'pointer',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusMedium,
    background: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  items: { listStyle: 'none', margin: 0, padding: 0 },
  item: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    overflowWrap: 'anywhere',
  },
  more: { marginTop: tokens.spacingVerticalXS },
});

export interface FillChangeListProps {
  changes: readonly FillChange[];
  /** Groups shown closed at first (the summary sheet: many cells, all formulas). */
  closed: ReadonlySet<string>;
  strings: Strings;
}

/** Every cell 汇总 will change, one collapsible group per sheet: "C5：（空） 改为 18.24". Text only. */
export function FillChangeList({ changes, closed, strings }: FillChangeListProps) {
  const styles = useStyles();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  return (
    <div className={styles.list}>
      {groupChanges(changes).map((g) => {
        const limit = expanded.has(g.sheet) ? g.changes.length : GROUP_PAGE;
        const rest = g.changes.length - limit;
        return (
          <details key={g.sheet} className={styles.group} open={!closed.has(g.sheet)}>
            <summary className={styles.summary}>{strings.fill.sheetGroup(g.sheet, g.changes.length)}</summary>
            <ul className={styles.items}>
              {g.changes.slice(0, limit).map((c, i) => (
                <li key={i} className={styles.item}>
                  {changeText(c, strings)}
                </li>
              ))}
            </ul>
            {rest > 0 && (
              <Button size="small" className={styles.more} onClick={() => setExpanded((s) => new Set(s).add(g.sheet))}>
                {strings.validate.showMore(rest)}
              </Button>
            )}
          </details>
        );
      })}
    </div>
  );
}
