import { Label } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";

const COLORS: Record<string, "green" | "blue" | "orange" | "red" | "grey"> = {
  active: "green",
  approved: "green",
  invited: "blue",
  pending: "blue",
  suspended: "orange",
  expired: "grey",
  withdrawn: "grey",
  decided: "grey",
  denied: "red",
  revoked: "orange",
};

/** A coloured status with its word from the bundle (colour is never the only signal). */
export function StatusLabel({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Label color={COLORS[status] ?? "grey"} data-testid="status">
      {t(`tinAccessStatus-${status}`, { defaultValue: status })}
    </Label>
  );
}
