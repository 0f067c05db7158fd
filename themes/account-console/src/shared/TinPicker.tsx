import { FormGroup, FormSelect, FormSelectOption } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";
import type { MyTin } from "../api/types";
import { formatTin } from "./format";

type Props = { tins: MyTin[]; value: string; onChange: (tin: string) => void };

/** A native select: keyboard and screen readers work without extra effort. */
export function TinPicker({ tins, value, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <FormGroup label={t("tinAccessTin")} fieldId="tin-picker">
      <FormSelect id="tin-picker" value={value} onChange={(_, tin) => onChange(tin)} aria-label={t("tinAccessTin")}>
        {tins.map((tin) => (
          <FormSelectOption key={tin.tin} value={tin.tin} label={tin.name ? `${tin.name} (${formatTin(tin.tin)})` : formatTin(tin.tin)} />
        ))}
      </FormSelect>
    </FormGroup>
  );
}
