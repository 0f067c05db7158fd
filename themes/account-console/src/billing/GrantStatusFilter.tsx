import { FormSelect, FormSelectOption } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";
import { GRANT_STATUSES, type GrantStatus } from "../api/types";

export type GrantFilter = GrantStatus | "all";

/** The client-grant lists' status filter: one status, or all of them. */
export function GrantStatusFilter({ id, value, onChange }: { id: string; value: GrantFilter; onChange: (value: GrantFilter) => void }) {
  const { t } = useTranslation();
  return (
    <FormSelect id={id} aria-label={t("tinAccessStatus")} value={value} onChange={(_, selected) => onChange(selected as GrantFilter)}>
      {(["all", ...GRANT_STATUSES] as const).map((option) => (
        <FormSelectOption key={option} value={option} label={t(option === "all" ? "tinAccessFilter-all" : `tinAccessStatus-${option}`)} />
      ))}
    </FormSelect>
  );
}
