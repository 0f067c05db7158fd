import { FormGroup, FormSelect, FormSelectOption } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";
import type { MyTin } from "../api/types";
import { readableTin } from "./format";

type Props = { tins: MyTin[]; value: string; onChange: (tin: string) => void };

/**
 * A native select: keyboard and screen readers work without extra effort. An option holds text only,
 * so a masked TIN is written as "Tax ID ending 0551" for everyone, not read out as asterisks.
 */
export function TinPicker({ tins, value, onChange }: Props) {
  const { t } = useTranslation();
  const tinName = (tin: string) => readableTin(tin, (ending) => t("tinAccessTinEnding", { ending }));
  return (
    <FormGroup label={t("tinAccessTin")} fieldId="tin-picker">
      <FormSelect id="tin-picker" value={value} onChange={(_, tin) => onChange(tin)} aria-label={t("tinAccessTin")}>
        {tins.map((tin) => (
          <FormSelectOption key={tin.tin} value={tin.tin} label={tin.name ? `${tin.name} (${tinName(tin.tin)})` : tinName(tin.tin)} />
        ))}
      </FormSelect>
    </FormGroup>
  );
}
