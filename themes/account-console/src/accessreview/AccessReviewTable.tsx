import { useEnvironment, type AccountEnvironment } from "@keycloak/keycloak-account-ui";
import { Button, Label } from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useTranslation } from "react-i18next";
import type { AccessReviewDecision, AccessReviewItem } from "../api/types";
import { EntitlementLabels } from "../shared/EntitlementChecks";
import { formatDateTime } from "../shared/format";
import { notTheirs } from "./accessReviewItems";

/** The id of a row's Confirm button, where focus goes when that row is the next to decide. */
export function confirmButtonId(itemId: string): string {
  return `access-review-confirm-${itemId}`;
}

type Props = {
  provider: string;
  items: AccessReviewItem[];
  /** The caller is one of the TIN's backup admins. */
  asBackup: boolean;
  /** A closed review shows its decisions only. */
  open: boolean;
  /** The item whose decision is on its way to the API. */
  busy?: string;
  onConfirm: (item: AccessReviewItem) => void;
  onRemove: (item: AccessReviewItem) => void;
};

const DECISION_COLORS: Record<AccessReviewDecision | "undecided", "green" | "red" | "orange" | "grey"> = {
  confirmed: "green",
  removed: "red",
  suspended: "orange",
  undecided: "grey",
};

/** Everyone with access to the Tax ID under review, one row each, with the Confirm / Remove pair while it is open. */
export function AccessReviewTable({ provider, items, asBackup, open, busy, onConfirm, onRemove }: Props) {
  const { t } = useTranslation();
  return (
    <Table aria-label={t("tinAccessAccessReviewPeople", { provider })} data-testid="access-review-items" variant="compact" className="pf-v5-u-mt-md">
      <Thead>
        <Tr>
          <Th>{t("tinAccessName")}</Th>
          <Th>{t("email")}</Th>
          <Th>{t("tinAccessRole")}</Th>
          <Th modifier="wrap">{t("tinAccessEntitlements")}</Th>
          <Th modifier="wrap">{t("tinAccessAccessReviewNpiLimits")}</Th>
          <Th>{t("tinAccessDecision")}</Th>
          {open && <Th screenReaderText={t("tinAccessActions")} />}
        </Tr>
      </Thead>
      <Tbody>
        {items.map((item) => (
          <Tr key={item.id} data-testid="access-review-row" data-item-id={item.id} data-decision={item.decision ?? "undecided"}>
            <Td dataLabel={t("tinAccessName")}>{item.name}</Td>
            <Td dataLabel={t("email")}>{item.email ?? "—"}</Td>
            <Td dataLabel={t("tinAccessRole")}>{t(roleKey(item.role))}</Td>
            <Td dataLabel={t("tinAccessEntitlements")}>
              {item.entitlements.length > 0 ? <EntitlementLabels names={item.entitlements} /> : t("tinAccessAccessReviewNoEntitlements")}
            </Td>
            <Td dataLabel={t("tinAccessAccessReviewNpiLimits")}>
              {item.npis.length > 0 ? item.npis.join(", ") : t("tinAccessAccessReviewWholeTin")}
            </Td>
            <Td dataLabel={t("tinAccessDecision")}>
              <Decision item={item} />
            </Td>
            {open && (
              <Td isActionCell>
                <Actions item={item} asBackup={asBackup} busy={busy === item.id} onConfirm={onConfirm} onRemove={onRemove} />
              </Td>
            )}
          </Tr>
        ))}
        {items.length === 0 && (
          <Tr>
            <Td colSpan={open ? 7 : 6}>{t("tinAccessAccessReviewNobody")}</Td>
          </Tr>
        )}
      </Tbody>
    </Table>
  );
}

type ActionsProps = { item: AccessReviewItem; busy: boolean } & Pick<Props, "asBackup" | "onConfirm" | "onRemove">;

function Actions({ item, asBackup, busy, onConfirm, onRemove }: ActionsProps) {
  const { t } = useTranslation();
  if (item.decision) {
    return null;
  }
  const why = notTheirs(item, asBackup);
  if (why !== undefined) {
    return (
      <span className="pf-v5-u-color-200" data-testid={`access-review-not-theirs-${why}`}>
        {t(why === "self" ? "tinAccessAccessReviewSelf" : "tinAccessAccessReviewAdminOnly")}
      </span>
    );
  }
  // Not disabled while busy: a disabled button would drop the keyboard focus; the panel ignores a second press.
  return (
    <span className="tin-access-actions">
      <Button id={confirmButtonId(item.id)} variant="secondary" size="sm" data-testid="access-review-confirm" isLoading={busy || undefined}
        aria-label={t("tinAccessAccessReviewConfirmOf", { name: item.name })} onClick={() => onConfirm(item)}>
        {t("tinAccessAccessReviewConfirm")}
      </Button>
      <Button variant="secondary" isDanger size="sm" data-testid="access-review-remove"
        aria-label={t("tinAccessAccessReviewRemoveOf", { name: item.name })} onClick={() => onRemove(item)}>
        {t("tinAccessAccessReviewRemove")}
      </Button>
    </span>
  );
}

function Decision({ item }: { item: AccessReviewItem }) {
  const { t } = useTranslation();
  const { environment } = useEnvironment<AccountEnvironment>();
  const decision = item.decision ?? "undecided";
  const when = formatDateTime(item.decidedAt, environment.locale);
  return (
    <div data-testid="access-review-decision" data-decision={decision}>
      <Label color={DECISION_COLORS[decision]}>{t(`tinAccessAccessReviewDecision-${decision}`)}</Label>
      {item.decision && when && (
        <div className="pf-v5-u-color-200">
          {item.decidedBy ? t("tinAccessAccessReviewDecidedBy", { who: item.decidedBy, date: when }) : when}
        </div>
      )}
    </div>
  );
}

function roleKey(role: AccessReviewItem["role"]): string {
  return role === "billing-service" ? "tinAccessBillingService" : `tinAccessRole-${role}`;
}
