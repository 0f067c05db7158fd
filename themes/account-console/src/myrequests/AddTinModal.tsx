import { Button, Form, FormGroup, FormHelperText, HelperText, HelperTextItem, Modal, ModalVariant, Radio, TextInput } from "@patternfly/react-core";
import { type FormEvent, useEffect, useState } from "react";
import { ApiError } from "../api/ApiError";
import { useTranslation } from "react-i18next";
import type { TinAsk, TinAskAnswer } from "../api/types";
import { useTinAccessApi } from "../api/useTinAccessApi";
import { ErrorAlert } from "../shared/ErrorAlert";
import { PaymentFields } from "../shared/PaymentFields";

type Props = { onClose: (sent?: TinAskAnswer) => void };

type Field = "vendorNumber" | "checkNpi" | "checkNumber" | "noticeNpi" | "noticeNumber" | "npis";

const FORM_ID = "add-tin-form";

/** The field a refusal is about ("invalid_checkNumber" → checkNumber), so its words sit under it and focus goes there. */
export function fieldOfAskError(error: unknown, ask: TinAsk): string | undefined {
  if (!(error instanceof ApiError)) {
    return undefined;
  }
  if (["invalid_tin", "already_admin", "already_pending"].includes(error.code)) {
    return "tin";
  }
  if (error.code === "payment_no_match") {
    if (ask.proof === "notice") {
      return "noticeNpi";
    }
    return ask.checkIdType === "npi" ? "checkNpi" : "vendorNumber";
  }
  const field = error.code.startsWith("invalid_") ? error.code.substring("invalid_".length) : undefined;
  return field !== undefined && ["tin", "vendorNumber", "checkNpi", "checkNumber", "noticeNpi", "noticeNumber", "npis"].includes(field)
    ? field
    : undefined;
}

/**
 * An active admin asks for another TIN, proved as on the request page: a check or payment from the
 * plan (approved at once when it matches), a non-payment notice, a PIN by US Mail, or a review. The
 * API checks everything and answers in the request page's words.
 */
export function AddTinModal({ onClose }: Props) {
  const { t } = useTranslation();
  const api = useTinAccessApi();
  const [ask, setAsk] = useState<TinAsk>({ tin: "", proof: "check", checkIdType: "vendor" });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  const set = (change: Partial<TinAsk>) => setAsk((previous) => ({ ...previous, ...change }));
  const invalidField = fieldOfAskError(error, ask);
  const message = error instanceof ApiError ? error.message : "";
  const fieldError = (field: string) =>
    invalidField === field && (
      <FormHelperText>
        <HelperText id={`add-tin-${field}-error`}>
          <HelperTextItem variant="error">{message}</HelperTextItem>
        </HelperText>
      </FormHelperText>
    );
  const text = (field: Field, label: string) => (
    <FormGroup label={label} fieldId={`add-tin-${field}`}>
      <TextInput id={`add-tin-${field}`} value={ask[field] ?? ""} onChange={(_, value) => set({ [field]: value })} autoComplete="off"
        validated={invalidField === field ? "error" : "default"} aria-describedby={invalidField === field ? `add-tin-${field}-error` : undefined} />
      {fieldError(field)}
    </FormGroup>
  );

  // A refusal about a field puts focus on that field, whose words say what to change.
  useEffect(() => {
    if (invalidField !== undefined) {
      document.getElementById(`add-tin-${invalidField}`)?.focus();
    }
  }, [error, invalidField]);

  const send = async () => {
    setBusy(true);
    setError(undefined);
    try {
      onClose(await api.post<TinAskAnswer>("/requests", ask));
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  // Enter in a field sends, as the visible Send button does (which is the form's submit button).
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy && ask.tin.trim() !== "") {
      void send();
    }
  };

  return (
    <Modal
      variant={ModalVariant.medium}
      title={t("tinAccessAddTin")}
      isOpen
      onClose={() => onClose()}
      actions={[
        <Button key="send" data-testid="add-tin-send" type="submit" form={FORM_ID} isLoading={busy} isDisabled={busy}>
          {t("tinAccessAddTinSend")}
        </Button>,
        <Button key="cancel" variant="link" onClick={() => onClose()}>
          {t("cancel")}
        </Button>,
      ]}
    >
      {error !== undefined && invalidField === undefined && <ErrorAlert error={error} />}
      <Form id={FORM_ID} onSubmit={submit}>
        <FormGroup label={t("tinAccessTin")} fieldId="add-tin-tin" isRequired>
          <TextInput id="add-tin-tin" value={ask.tin} onChange={(_, value) => set({ tin: value })} isRequired
            validated={invalidField === "tin" ? "error" : "default"}
            aria-describedby={invalidField === "tin" ? "add-tin-tin-error add-tin-tin-hint" : "add-tin-tin-hint"} />
          {fieldError("tin")}
          <FormHelperText>
            <HelperText id="add-tin-tin-hint">
              <HelperTextItem>{t("tinAccessTinHint")}</HelperTextItem>
            </HelperText>
          </FormHelperText>
        </FormGroup>
        <FormGroup role="radiogroup" isStack fieldId="add-tin-proof" label={t("tinAccessProofChoose")}>
          {(["check", "notice", "mail", "review"] as const).map((proof) => (
            <Radio
              key={proof}
              id={`add-tin-proof-${proof}`}
              name="proof"
              label={t(`tinAccessProof-${proof}`)}
              isChecked={ask.proof === proof}
              onChange={() => set({ proof })}
            />
          ))}
        </FormGroup>
        <PaymentFields idPrefix="add-tin" proof={ask.proof} checkIdType={ask.checkIdType} onCheckIdType={(checkIdType) => set({ checkIdType })}
          text={text} />
        {text("npis", t("tinAccessNpisOfOrganization"))}
      </Form>
    </Modal>
  );
}
