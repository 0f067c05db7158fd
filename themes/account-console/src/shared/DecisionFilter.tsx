import { FormSelect, FormSelectOption } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";

export type Decided = "pending" | "decided" | "all";

/** The API's status filter for requests: pending (the default), decided, or all. */
export function DecisionFilter({ id, value, onChange }: { id: string; value: Decided; onChange: (value: Decided) => void }) {
  const { t } = useTranslation();
  return (
    <FormSelect id={id} aria-label={t("tinAccessStatus")} value={value} onChange={(_, selected) => onChange(selected as Decided)}>
      {(["pending", "decided", "all"] as const).map((option) => (
        <FormSelectOption key={option} value={option} label={t(`tinAccessFilter-${option}`)} />
      ))}
    </FormSelect>
  );
}
