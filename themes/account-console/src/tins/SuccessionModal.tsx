import { Button, Form, FormGroup, FormHelperText, HelperText, HelperTextItem, Modal, ModalVariant, Radio, TextInput } from "@patternfly/react-core";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/ApiError";
import { tinPath } from "../api/TinAccessApi";
import type { MyTin, TinAskAnswer } from "../api/types";
import { useTinAccessApi } from "../api/useTinAccessApi";
import { ErrorAlert } from "../shared/ErrorAlert";
import { PaymentFields } from "../shared/PaymentFields";
import { formatTin } from "../shared/format";
import { type Claim, type Field, fieldOfSuccessionError } from "./successionFields";

/** {@code asked}: the reference of the request sent to the plan's reviewers, when the proof is theirs to check. */
type Props = { tin: MyTin; onClose: (done: boolean, asked?: string) => void };

const FORM_ID = "succession-form";

/**
 * A backup admin takes the admin role of a TIN whose admin is gone, proving the TIN with a payment or
 * a notice from the plan, as on the request page; or asks the plan's reviewers to move it to them
 * (after a PIN by mail, or on their own check), which My requests then follows. The API decides whether the admin is gone and checks
 * the numbers against the plan's records; its refusal is shown here, under the field it is about.
 */
export function SuccessionModal({ tin, onClose }: Props) {
  const { t } = useTranslation();
  const api = useTinAccessApi();
  const [claim, setClaim] = useState<Claim>({ proof: "check", checkIdType: "vendor", formerAdmin: "member" });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  const set = (change: Partial<Claim>) => setClaim((previous) => ({ ...previous, ...change }));
  const invalidField = fieldOfSuccessionError(error, claim);
  const message = error instanceof ApiError ? error.message : "";
  const text = (field: Field, label: string) => (
    <FormGroup label={label} fieldId={`succession-${field}`} isRequired>
      <TextInput id={`succession-${field}`} value={claim[field] ?? ""} onChange={(_, value) => set({ [field]: value })} autoComplete="off"
        isRequired validated={invalidField === field ? "error" : "default"}
        aria-describedby={invalidField === field ? `succession-${field}-error` : undefined} />
      {invalidField === field && (
        <FormHelperText>
          <HelperText id={`succession-${field}-error`}>
            <HelperTextItem variant="error">{message}</HelperTextItem>
          </HelperText>
        </FormHelperText>
      )}
    </FormGroup>
  );

  // A refusal about a field puts focus on that field, whose words say what to change.
  useEffect(() => {
    if (invalidField !== undefined) {
      document.getElementById(`succession-${invalidField}`)?.focus();
    }
  }, [error, invalidField]);

  const send = async () => {
    setBusy(true);
    setError(undefined);
    try {
      if (claim.proof === "mail" || claim.proof === "review") {
        // The plan's reviewers decide (after the PIN comes back, for a letter): a request, as on the request pages.
        const sent = await api.post<TinAskAnswer>("/requests", { tin: tin.tin, proof: claim.proof });
        onClose(false, sent.reference);
      } else {
        await api.post(tinPath(tin.tin, "/admin/succession"), claim);
        onClose(true);
      }
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  // Enter in a field sends, as the visible button does (the form's submit button).
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) {
      void send();
    }
  };

  return (
    <Modal
      variant={ModalVariant.medium}
      title={t("tinAccessTakeAdminRole")}
      description={t("tinAccessTakeAdminRoleDescription", { provider: tin.name ?? formatTin(tin.tin) })}
      isOpen
      onClose={() => onClose(false)}
      actions={[
        <Button key="send" data-testid="succession-send" type="submit" form={FORM_ID} isLoading={busy} isDisabled={busy}>
          {t("tinAccessTakeAdminRole")}
        </Button>,
        <Button key="cancel" variant="link" onClick={() => onClose(false)}>
          {t("cancel")}
        </Button>,
      ]}
    >
      {error !== undefined && invalidField === undefined && <ErrorAlert error={error} />}
      <Form id={FORM_ID} onSubmit={submit}>
        <FormGroup role="radiogroup" isStack fieldId="succession-proof" label={t("tinAccessProofChoose")}>
          {(["check", "notice", "mail", "review"] as const).map((proof) => (
            <Radio key={proof} id={`succession-proof-${proof}`} name="proof" label={t(`tinAccessProof-${proof}`)}
              isChecked={claim.proof === proof} onChange={() => set({ proof })} />
          ))}
        </FormGroup>
        <PaymentFields idPrefix="succession" proof={claim.proof} checkIdType={claim.checkIdType} onCheckIdType={(checkIdType) => set({ checkIdType })}
          text={text} />
        {(claim.proof === "mail" || claim.proof === "review") && <p id="succession-by-reviewers">{t("tinAccessTakeAdminRoleByReviewers")}</p>}
        {(claim.proof === "check" || claim.proof === "notice") && (
          <FormGroup role="radiogroup" isStack fieldId="succession-former" label={t("tinAccessFormerAdmin")}>
            <Radio id="succession-former-member" name="formerAdmin" label={t("tinAccessFormerAdminStays")}
              isChecked={claim.formerAdmin === "member"} onChange={() => set({ formerAdmin: "member" })} />
            <Radio id="succession-former-remove" name="formerAdmin" label={t("tinAccessFormerAdminLeaves")}
              isChecked={claim.formerAdmin === "remove"} onChange={() => set({ formerAdmin: "remove" })} />
          </FormGroup>
        )}
      </Form>
    </Modal>
  );
}
