import { FormSelect, FormSelectOption, Toolbar, ToolbarContent, ToolbarItem } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";
import { GRANT_STATUSES, type GrantStatus } from "../api/types";
import type { Paging } from "../shared/Paging";

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

type ToolbarProps = { id: string; value: GrantFilter; onChange: (value: GrantFilter) => void; paging: Paging };

/** A grant list's toolbar: the status filter, which sends the list back to its first page. */
export function GrantStatusToolbar({ id, value, onChange, paging }: ToolbarProps) {
  return (
    <Toolbar className="tin-access-toolbar">
      <ToolbarContent>
        <ToolbarItem>
          <GrantStatusFilter
            id={id}
            value={value}
            onChange={(selected) => {
              onChange(selected);
              paging.setPage(1);
            }}
          />
        </ToolbarItem>
      </ToolbarContent>
    </Toolbar>
  );
}
