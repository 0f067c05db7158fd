import { Form, FormGroup, TextArea } from "@patternfly/react-core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { tinPath } from "../api/TinAccessApi";
import type { JoinRequest } from "../api/types";
import { useTinAccessApi } from "../api/useTinAccessApi";
import { ConfirmModal } from "../shared/ConfirmModal";
import { EntitlementChecks } from "../shared/EntitlementChecks";
import { fullName } from "../shared/format";

type Props = {
  tin: string;
  request: JoinRequest;
  approve: boolean;
  entitlements: string[];
  onClose: (changed: boolean) => void;
};

/** Approve with the entitlements the person gets, or deny with a note the requester reads in the e-mail. */
export function JoinDecisionModal({ tin, request, approve, entitlements, onClose }: Props) {
  const { t } = useTranslation();
  const api = useTinAccessApi();
  const [selected, setSelected] = useState<string[]>([]);
  const [note, setNote] = useState("");
  const name = fullName(request) || request.email;
  const decide = () =>
    approve
      ? api.post(tinPath(tin, `/join-requests/${request.id}/approve`), { entitlements: selected })
      : api.post(tinPath(tin, `/join-requests/${request.id}/deny`), { note: note.trim() || undefined });
  return (
    <ConfirmModal
      title={t(approve ? "tinAccessApproveJoinOf" : "tinAccessDenyJoinOf", { name })}
      confirmLabel={t(approve ? "tinAccessApprove" : "tinAccessDeny")}
      danger={!approve}
      onConfirm={decide}
      onClose={onClose}
    >
      <Form onSubmit={(event) => event.preventDefault()}>
        {approve ? (
          <EntitlementChecks id="join" available={entitlements} selected={selected} onChange={setSelected} />
        ) : (
          <FormGroup label={t("tinAccessDenyNote")} fieldId="deny-note">
            <TextArea id="deny-note" value={note} onChange={(_, value) => setNote(value)} maxLength={1000} resizeOrientation="vertical" />
          </FormGroup>
        )}
      </Form>
    </ConfirmModal>
  );
}
