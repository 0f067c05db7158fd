import { Form, FormGroup, TextArea } from "@patternfly/react-core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { tinPath } from "../api/TinAccessApi";
import type { ClientGrant } from "../api/types";
import { useTinAccessApi } from "../api/useTinAccessApi";
import { ConfirmModal } from "../shared/ConfirmModal";
import { EntitlementChecks } from "../shared/EntitlementChecks";

export type GrantDecision = "approve" | "deny" | "revoke";

type Props = { tin: string; grant: ClientGrant; kind: GrantDecision; entitlements: string[]; onClose: (changed: boolean) => void };

/** The API's limit on the note the service reads. */
const NOTE_MAX = 500;

/** Approve with the entitlements the service gets, deny with a note it reads, or revoke (a note is optional). */
export function GrantDecisionModal({ tin, grant, kind, entitlements, onClose }: Props) {
  const { t } = useTranslation();
  const api = useTinAccessApi();
  const [selected, setSelected] = useState<string[]>([]);
  const [note, setNote] = useState("");
  const service = grant.serviceName ?? grant.service ?? "";
  const decide = () =>
    api.post(
      tinPath(tin, `/client-grants/${encodeURIComponent(grant.id)}/${kind}`),
      kind === "approve" ? { entitlements: selected } : { note: note.trim() || undefined },
    );
  return (
    <ConfirmModal
      title={t(`tinAccessGrant-${kind}Of`, { service })}
      confirmLabel={t(`tinAccessGrant-${kind}`)}
      danger={kind !== "approve"}
      onConfirm={decide}
      onClose={onClose}
    >
      <p className="pf-v5-u-mb-md">{t(`tinAccessGrant-${kind}Body`, { service })}</p>
      <Form onSubmit={(event) => event.preventDefault()}>
        {kind === "approve" ? (
          <EntitlementChecks id="grant" available={entitlements} selected={selected} onChange={setSelected} />
        ) : (
          <FormGroup label={t(kind === "deny" ? "tinAccessGrantDenyNote" : "tinAccessGrantRevokeNote")} fieldId="grant-note">
            <TextArea id="grant-note" value={note} onChange={(_, value) => setNote(value)} maxLength={NOTE_MAX} resizeOrientation="vertical" />
          </FormGroup>
        )}
      </Form>
    </ConfirmModal>
  );
}
