import { Checkbox, FormGroup } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";

type Props = {
  id: string;
  available: string[];
  selected: string[];
  onChange: (selected: string[]) => void;
};

/** One checkbox per entitlement the realm offers (tinAccess.entitlements), labelled from the bundle. */
export function EntitlementChecks({ id, available, selected, onChange }: Props) {
  const { t } = useTranslation();
  const toggle = (name: string, checked: boolean) =>
    onChange(checked ? [...selected, name].filter((n, i, all) => all.indexOf(n) === i) : selected.filter((n) => n !== name));
  return (
    <FormGroup role="group" isStack label={t("tinAccessEntitlements")} fieldId={`${id}-entitlements`}>
      {available.map((name) => (
        <Checkbox
          key={name}
          id={`${id}-entitlement-${name}`}
          name={name}
          label={entitlementLabel(t, name)}
          isChecked={selected.includes(name)}
          onChange={(_, checked) => toggle(name, checked)}
        />
      ))}
    </FormGroup>
  );
}

export function entitlementLabel(t: (key: string, options?: { defaultValue: string }) => string, name: string): string {
  return t(`tinAccessEntitlement-${name}`, { defaultValue: name });
}
