import { Form, FormGroup, FormSelect, FormSelectOption, TextArea } from "@patternfly/react-core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DENIAL_REASONS, type DenialReason } from "../api/types";
import { ConfirmModal } from "../shared/ConfirmModal";
import { formatTin } from "../shared/format";

type Props = {
  tin: string;
  onDeny: (reason: DenialReason, note: string | undefined) => Promise<unknown>;
  onClose: (changed: boolean) => void;
};

/** Deny one TIN: a reason code (the requester's e-mail says it in words) and a note, needed for "Other". */
export function DenyLineModal({ tin, onDeny, onClose }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<DenialReason>("TIN_NOT_ENROLLED");
  const [note, setNote] = useState("");
  return (
    <ConfirmModal
      title={t("tinAccessDenyTin", { tin: formatTin(tin) })}
      confirmLabel={t("tinAccessDeny")}
      danger
      onConfirm={() => onDeny(reason, note.trim() || undefined)}
      onClose={onClose}
    >
      <Form onSubmit={(event) => event.preventDefault()}>
        <FormGroup label={t("tinAccessDenyReason")} fieldId="deny-reason" isRequired>
          <FormSelect id="deny-reason" value={reason} onChange={(_, value) => setReason(value as DenialReason)}>
            {DENIAL_REASONS.map((code) => (
              <FormSelectOption key={code} value={code} label={t(`tinAccessReason-${code}`)} />
            ))}
          </FormSelect>
        </FormGroup>
        <FormGroup label={t("tinAccessDenyNote")} fieldId="deny-note" isRequired={reason === "OTHER"}>
          <TextArea id="deny-note" value={note} onChange={(_, value) => setNote(value)} maxLength={1000} resizeOrientation="vertical" />
        </FormGroup>
      </Form>
    </ConfirmModal>
  );
}
