import {
  ActionGroup,
  Alert,
  Button,
  Form,
  FormGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
  Radio,
  TextInput,
} from "@patternfly/react-core";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { ClientGrant } from "../api/types";
import { useTinAccessApi } from "../api/useTinAccessApi";
import { ErrorAlert } from "../shared/ErrorAlert";
import { ClientText } from "./ClientText";
import { clientFieldError, clientRequestBody, type ClientKind } from "./grants";

type Props = { service: string; onSent: () => void };

/**
 * A billing service's admin asks a provider, by its Tax ID or Type 2 NPI, to let the service act for it.
 * A refusal shows under the field, which takes the focus, and what was typed stays.
 */
export function RequestClientForm({ service, onSent }: Props) {
  const { t } = useTranslation();
  const api = useTinAccessApi();
  const [kind, setKind] = useState<ClientKind>("tin");
  const [value, setValue] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [sent, setSent] = useState<ClientGrant>();
  const input = useRef<HTMLInputElement>(null);
  const fieldError = clientFieldError(error);

  useEffect(() => {
    if (fieldError) {
      input.current?.focus();
    }
  }, [fieldError]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setSent(undefined);
    try {
      setSent(await api.post<ClientGrant>(`/billing-services/${encodeURIComponent(service)}/client-grants`, clientRequestBody(kind, value)));
      setValue("");
      onSent();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form id="request-client" onSubmit={submit} noValidate>
      {error !== undefined && fieldError === undefined && <ErrorAlert error={error} />}
      {sent && (
        <Alert variant="success" isInline isLiveRegion title={t("tinAccessClientRequested")} data-testid="client-requested">
          <ClientText client={sent.client} />
        </Alert>
      )}
      <FormGroup role="radiogroup" isInline fieldId="client-kind" label={t("tinAccessClientBy")}>
        <Radio id="client-kind-tin" name="clientKind" label={t("tinAccessTin")} isChecked={kind === "tin"} onChange={() => setKind("tin")} />
        <Radio id="client-kind-npi" name="clientKind" label={t("tinAccessType2Npi")} isChecked={kind === "npi"} onChange={() => setKind("npi")} />
      </FormGroup>
      <FormGroup label={kind === "tin" ? t("tinAccessClientTinLabel") : t("tinAccessClientNpiLabel")} isRequired fieldId="client-value">
        <TextInput
          id="client-value"
          ref={input}
          name="client"
          isRequired
          autoComplete="off"
          inputMode="numeric"
          value={value}
          validated={fieldError ? "error" : "default"}
          aria-describedby={fieldError ? "client-value-error client-value-hint" : "client-value-hint"}
          onChange={(_, typed) => {
            setValue(typed);
            if (fieldError) {
              setError(undefined);
            }
          }}
        />
        <FormHelperText>
          <HelperText>
            {fieldError && (
              <HelperTextItem variant="error" id="client-value-error" data-testid="client-value-error">
                {t(`tinAccessError-${fieldError.code}`, { defaultValue: fieldError.message })}
              </HelperTextItem>
            )}
            <HelperTextItem id="client-value-hint">{kind === "tin" ? t("tinAccessTinHint") : t("tinAccessNpiHint")}</HelperTextItem>
          </HelperText>
        </FormHelperText>
      </FormGroup>
      <ActionGroup>
        <Button type="submit" data-testid="request-client" isLoading={busy} isDisabled={busy}>
          {t("tinAccessRequestClient")}
        </Button>
      </ActionGroup>
    </Form>
  );
}
