import { Checkbox, FormGroup, Label } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";

type Props = {
  id: string;
  available: string[];
  selected: string[];
  onChange: (selected: string[]) => void;
};

/** One checkbox per entitlement the realm offers (tinAccess.entitlements), labelled from the bundle. */
export function EntitlementChecks(props: Props) {
  const { t } = useTranslation();
  return <Checks {...props} kind="entitlement" label={t("tinAccessEntitlements")} labelOf={(name) => entitlementLabel(t, name)} />;
}

/** The entitlements someone has, as labels; {@code all} for a TIN's admin, who has every one. */
export function EntitlementLabels({ names, all = false }: { names: string[]; all?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="tin-access-entitlements">
      {all ? <Label>{t("tinAccessAllEntitlements")}</Label> : names.map((name) => <Label key={name}>{entitlementLabel(t, name)}</Label>)}
    </span>
  );
}

/** One checkbox per NPI of the provider, for limiting a member to some of them. */
export function NpiChecks(props: Props) {
  const { t } = useTranslation();
  return <Checks {...props} kind="npi" label={t("tinAccessNpis")} labelOf={(npi) => npi} />;
}

function Checks({ id, available, selected, onChange, kind, label, labelOf }: Props & { kind: string; label: string; labelOf: (value: string) => string }) {
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...selected, value].filter((v, i, all) => all.indexOf(v) === i) : selected.filter((v) => v !== value));
  return (
    <FormGroup role="group" isStack label={label} fieldId={`${id}-${kind}s`}>
      {available.map((value) => (
        <Checkbox
          key={value}
          id={`${id}-${kind}-${value}`}
          name={value}
          label={labelOf(value)}
          isChecked={selected.includes(value)}
          onChange={(_, checked) => toggle(value, checked)}
        />
      ))}
    </FormGroup>
  );
}

export function entitlementLabel(t: (key: string, options?: { defaultValue: string }) => string, name: string): string {
  return t(`tinAccessEntitlement-${name}`, { defaultValue: name });
}
