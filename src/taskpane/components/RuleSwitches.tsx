import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang, Strings } from '../../i18n';
import { ruleGroups } from '../settingsDraft';

const GROUPS = ruleGroups();

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', margin: `0 0 ${tokens.spacingVerticalS}` },
  count: { marginInlineStart: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightRegular },
});

export interface RuleSwitchesProps {
  disabled: ReadonlySet<string>;
  onToggle: (ruleId: string, on: boolean) => void;
  strings: Strings;
  lang: Lang;
}

/** Every rule by its title, in one collapsible group per id prefix (structure, value, amount …). */
export function RuleSwitches({ disabled, onToggle, strings, lang }: RuleSwitchesProps) {
  const styles = useStyles();
  const t = strings.settings;
  return (
    <Accordion multiple collapsible>
      {GROUPS.map((group) => {
        const on = group.rules.filter((r) => !disabled.has(r.id)).length;
        return (
          <AccordionItem key={group.prefix} value={group.prefix}>
            <AccordionHeader size="small">
              {t.ruleGroups[group.prefix] ?? group.prefix}
              <span className={styles.count}>{t.ruleGroupCount(on, group.rules.length)}</span>
            </AccordionHeader>
            <AccordionPanel className={styles.panel}>
              {group.rules.map((rule) => (
                <Checkbox
                  key={rule.id}
                  checked={!disabled.has(rule.id)}
                  onChange={(_, d) => onToggle(rule.id, d.checked === true)}
                  label={t.ruleLabel(lang === 'en-US' ? rule.title.en : rule.title.zh, strings.validate.severity[rule.severity])}
                />
              ))}
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}
