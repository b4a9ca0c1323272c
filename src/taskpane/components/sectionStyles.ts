/**
 * The styles every section of the pane shares (插入, 审核, 汇总, 导入, 设置): the column it lays out in,
 * headings, hints, rows of buttons, multi-line message text. A section adds its own:
 * `const styles = { ...useSectionStyles(), ...useStyles() }`.
 */
import { makeStyles, tokens } from '@fluentui/react-components';

export const useSectionStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0 },
  hint: { color: tokens.colorNeutralForeground2 },
  small: { fontSize: tokens.fontSizeBase200 },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  text: { whiteSpace: 'pre-line', overflowWrap: 'anywhere' },
  /** Buttons inside a message bar, under its text. */
  barActions: { marginTop: tokens.spacingVerticalS },
});
