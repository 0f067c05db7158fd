import { useEnvironment, type AccountEnvironment } from "@keycloak/keycloak-account-ui";
import { Alert, AlertActionLink } from "@patternfly/react-core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { HelpDeskAsk } from "../api/types";
import { useTinAccessApi } from "../api/useTinAccessApi";
import { ConfirmModal } from "../shared/ConfirmModal";
import { ErrorAlert } from "../shared/ErrorAlert";
import { formatDateTime, formatTin } from "../shared/format";
import { useLoader } from "../shared/useLoader";

type Dialog = { ask: HelpDeskAsk; answer: "confirm" | "refuse" | "stop" };

/**
 * What the plan's help desk asks of the signed-in person, above their Tax IDs: confirm (or refuse)
 * that a caller is one of the users of a Tax ID they manage, or stop a reset of someone's second
 * factor that waits out its day. Shown only when there is something to answer.
 */
export function HelpDeskAsks() {
  const { t } = useTranslation();
  const { environment } = useEnvironment<AccountEnvironment>();
  const api = useTinAccessApi();
  const [dialog, setDialog] = useState<Dialog>();
  const asks = useLoader((signal) => api.get<{ items: HelpDeskAsk[] }>("/tins/help-desk", undefined, signal), [api]);

  if (asks.error !== undefined) {
    return <ErrorAlert error={asks.error} />;
  }
  const open = (ask: HelpDeskAsk, answer: Dialog["answer"]) => () => setDialog({ ask, answer });
  return (
    <>
      {asks.data?.items.map((ask) =>
        ask.kind === "confirm" ? (
          <Alert key={ask.checkId} variant="warning" isInline className="pf-v5-u-mb-md" data-testid={`help-desk-ask-${ask.checkId}`}
            title={t("tinAccessHelpDeskConfirmTitle", { person: ask.personName, provider: ask.provider ?? formatTin(ask.tin ?? "") })}
            actionLinks={
              <>
                <AlertActionLink onClick={open(ask, "confirm")} data-testid="help-desk-confirm">{t("tinAccessHelpDeskConfirm")}</AlertActionLink>
                <AlertActionLink onClick={open(ask, "refuse")} data-testid="help-desk-refuse">{t("tinAccessHelpDeskRefuse")}</AlertActionLink>
              </>
            }>
            {t("tinAccessHelpDeskConfirmBody", { at: formatDateTime(ask.openedAt, environment.locale) })}
          </Alert>
        ) : (
          <Alert key={ask.checkId} variant="danger" isInline className="pf-v5-u-mb-md" data-testid={`help-desk-ask-${ask.checkId}`}
            title={t("tinAccessHelpDeskStopTitle", { person: ask.personName, at: formatDateTime(ask.dueAt, environment.locale) })}
            actionLinks={<AlertActionLink onClick={open(ask, "stop")} data-testid="help-desk-stop">{t("tinAccessHelpDeskStop")}</AlertActionLink>}>
            {t("tinAccessHelpDeskStopBody")}
          </Alert>
        ),
      )}
      {dialog && (
        <ConfirmModal
          title={t(`tinAccessHelpDeskDialog-${dialog.answer}`, { person: dialog.ask.personName })}
          confirmLabel={t(`tinAccessHelpDesk${dialog.answer === "confirm" ? "Confirm" : dialog.answer === "refuse" ? "Refuse" : "Stop"}`)}
          danger={dialog.answer === "confirm"}
          onConfirm={() => api.post(`/tins/help-desk/checks/${encodeURIComponent(dialog.ask.checkId)}/${dialog.answer}`)}
          onClose={(done) => {
            setDialog(undefined);
            if (done) {
              asks.reload();
            }
          }}
        >
          <p>{t(`tinAccessHelpDeskDialogBody-${dialog.answer}`, { person: dialog.ask.personName })}</p>
        </ConfirmModal>
      )}
    </>
  );
}
