import { Button, Form, FormGroup, FormHelperText, HelperText, HelperTextItem, Modal, ModalVariant, Radio, TextInput } from "@patternfly/react-core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TinAsk, TinAskAnswer } from "../api/types";
import { useTinAccessApi } from "../api/useTinAccessApi";
import { ErrorAlert } from "../shared/ErrorAlert";

type Props = { onClose: (sent?: TinAskAnswer) => void };

type Field = "vendorNumber" | "checkNpi" | "checkNumber" | "noticeNpi" | "noticeNumber" | "npis";

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
  const text = (field: Field, label: string) => (
    <FormGroup label={label} fieldId={`add-tin-${field}`}>
      <TextInput id={`add-tin-${field}`} value={ask[field] ?? ""} onChange={(_, value) => set({ [field]: value })} autoComplete="off" />
    </FormGroup>
  );

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

  return (
    <Modal
      variant={ModalVariant.medium}
      title={t("tinAccessAddTin")}
      isOpen
      onClose={() => onClose()}
      actions={[
        <Button key="send" data-testid="add-tin-send" onClick={send} isLoading={busy} isDisabled={busy || ask.tin.trim() === ""}>
          {t("tinAccessAddTinSend")}
        </Button>,
        <Button key="cancel" variant="link" onClick={() => onClose()}>
          {t("cancel")}
        </Button>,
      ]}
    >
      {error !== undefined && <ErrorAlert error={error} />}
      <Form onSubmit={(event) => event.preventDefault()}>
        <FormGroup label={t("tinAccessTin")} fieldId="add-tin-tin" isRequired>
          <TextInput id="add-tin-tin" value={ask.tin} onChange={(_, value) => set({ tin: value })} isRequired aria-describedby="add-tin-tin-hint" />
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
        {ask.proof === "check" && (
          <>
            <FormGroup role="radiogroup" isInline fieldId="add-tin-id-type" label={t("tinAccessCheckShows")}>
              <Radio id="add-tin-by-vendor" name="checkIdType" label={t("tinAccessVendorNumber")} isChecked={ask.checkIdType !== "npi"}
                onChange={() => set({ checkIdType: "vendor" })} />
              <Radio id="add-tin-by-npi" name="checkIdType" label={t("tinAccessType2Npi")} isChecked={ask.checkIdType === "npi"}
                onChange={() => set({ checkIdType: "npi" })} />
            </FormGroup>
            {ask.checkIdType === "npi" ? text("checkNpi", t("tinAccessType2Npi")) : text("vendorNumber", t("tinAccessVendorNumber"))}
            {text("checkNumber", t("tinAccessCheckNumber"))}
          </>
        )}
        {ask.proof === "notice" && (
          <>
            {text("noticeNpi", t("tinAccessType2Npi"))}
            {text("noticeNumber", t("tinAccessNoticeNumber"))}
          </>
        )}
        {text("npis", t("tinAccessNpisOfOrganization"))}
      </Form>
    </Modal>
  );
}
