import { Button, Modal, ModalVariant } from "@patternfly/react-core";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "./ErrorAlert";

type Props = {
  title: string;
  confirmLabel: string;
  danger?: boolean;
  /** While what the modal changes is still loading. */
  confirmDisabled?: boolean;
  onConfirm: () => Promise<unknown>;
  onClose: (done: boolean) => void;
  children: ReactNode;
};

/** Asks before a change; a refusal is shown in place and the modal stays open. */
export function ConfirmModal({ title, confirmLabel, danger, confirmDisabled, onConfirm, onClose, children }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  const confirm = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await onConfirm();
      onClose(true);
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  return (
    <Modal
      variant={ModalVariant.small}
      title={title}
      isOpen
      onClose={() => onClose(false)}
      actions={[
        <Button key="confirm" data-testid="confirm" variant={danger ? "danger" : "primary"} onClick={confirm} isLoading={busy} isDisabled={busy || confirmDisabled}>
          {confirmLabel}
        </Button>,
        <Button key="cancel" variant="link" onClick={() => onClose(false)}>
          {t("cancel")}
        </Button>,
      ]}
    >
      {error !== undefined && <ErrorAlert error={error} />}
      {children}
    </Modal>
  );
}
