import { FormGroup, Radio } from "@patternfly/react-core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** The numbers read off a payment or a notice from the plan, as the API's proof fields name them. */
export type PaymentField = "vendorNumber" | "checkNpi" | "checkNumber" | "noticeNpi" | "noticeNumber";

type Props = {
  /** Prefix of the fields' ids, e.g. "add-tin": "add-tin-by-vendor", "add-tin-checkNumber". */
  idPrefix: string;
  proof: string;
  checkIdType: "vendor" | "npi" | undefined;
  onCheckIdType: (checkIdType: "vendor" | "npi") => void;
  /** Draws one text field with its label (the form decides how it shows a refusal). */
  text: (field: PaymentField, label: string) => ReactNode;
};

/**
 * The fields of a payment proof, the same wherever a TIN is proved by the plan's records: a check
 * (identified by the vendor number or the Type 2 NPI printed on it) and its number, or a non-payment
 * notice's NPI and number. Nothing for any other proof.
 */
export function PaymentFields({ idPrefix, proof, checkIdType, onCheckIdType, text }: Props) {
  const { t } = useTranslation();
  if (proof === "check") {
    return (
      <>
        <FormGroup role="radiogroup" isInline fieldId={`${idPrefix}-id-type`} label={t("tinAccessCheckShows")}>
          <Radio id={`${idPrefix}-by-vendor`} name="checkIdType" label={t("tinAccessVendorNumber")} isChecked={checkIdType !== "npi"}
            onChange={() => onCheckIdType("vendor")} />
          <Radio id={`${idPrefix}-by-npi`} name="checkIdType" label={t("tinAccessType2Npi")} isChecked={checkIdType === "npi"}
            onChange={() => onCheckIdType("npi")} />
        </FormGroup>
        {checkIdType === "npi" ? text("checkNpi", t("tinAccessType2Npi")) : text("vendorNumber", t("tinAccessVendorNumber"))}
        {text("checkNumber", t("tinAccessCheckNumber"))}
      </>
    );
  }
  if (proof === "notice") {
    return (
      <>
        {text("noticeNpi", t("tinAccessType2Npi"))}
        {text("noticeNumber", t("tinAccessNoticeNumber"))}
      </>
    );
  }
  return null;
}
