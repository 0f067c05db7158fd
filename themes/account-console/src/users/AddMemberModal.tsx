import { ActionGroup, Button, Form, FormGroup, FormHelperText, HelperText, HelperTextItem, Modal, ModalVariant, TextInput } from "@patternfly/react-core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { ApiError } from "../api/ApiError";
import { tinPath } from "../api/TinAccessApi";
import type { Member, NewMember } from "../api/types";
import { useTinAccessApi } from "../api/useTinAccessApi";
import { EntitlementChecks } from "../shared/EntitlementChecks";
import { ErrorAlert } from "../shared/ErrorAlert";
import { fieldOf, type MemberField } from "./memberFields";

type Props = { tin: string; entitlements: string[]; agency: boolean; onClose: (changed: boolean) => void };

/** Add a person to the TIN: a new account gets the invitation e-mail. Nothing typed is lost on a refusal. */
export function AddMemberModal({ tin, entitlements, agency, onClose }: Props) {
  const { t } = useTranslation();
  const api = useTinAccessApi();
  const [person, setPerson] = useState<NewMember>({ email: "", firstName: "", lastName: "", phone: "", entitlements: [] });
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const field = fieldOf(error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await api.post<Member>(tinPath(tin, "/members"), {
        ...person,
        phone: person.phone?.trim() || undefined,
        npn: agency ? (person.npn ?? "") : undefined,
      });
      onClose(true);
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  const input = (name: MemberField, label: string, type: "text" | "email" | "tel", required: boolean, help?: string) => (
    <FormGroup label={label} isRequired={required} fieldId={`member-${name}`}>
      <TextInput
        id={`member-${name}`}
        name={name}
        type={type}
        isRequired={required}
        value={person[name] ?? ""}
        validated={field === name ? "error" : "default"}
        onChange={(_, value) => {
          setPerson({ ...person, [name]: value });
          if (field === name) {
            setError(undefined);
          }
        }}
      />
      {help && field !== name && (
        <FormHelperText>
          <HelperText>
            <HelperTextItem>{help}</HelperTextItem>
          </HelperText>
        </FormHelperText>
      )}
      {field === name && (
        <FormHelperText>
          <HelperText>
            <HelperTextItem variant="error" data-testid={`member-${name}-error`}>
              {t(`tinAccessError-${(error as ApiError).code}`, { defaultValue: (error as ApiError).message })}
            </HelperTextItem>
          </HelperText>
        </FormHelperText>
      )}
    </FormGroup>
  );

  return (
    <Modal variant={ModalVariant.medium} title={t("tinAccessAddMember")} isOpen onClose={() => onClose(false)}>
      <Form id="add-member" onSubmit={submit} noValidate>
        {error !== undefined && field === undefined && <ErrorAlert error={error} />}
        {input("email", t("email"), "email", true)}
        {input("firstName", t("firstName"), "text", true)}
        {input("lastName", t("lastName"), "text", true)}
        {input("phone", t("tinAccessPhoneOptional"), "tel", false)}
        {agency && input("npn", t("tinAccessAgentNpn"), "text", true, t("tinAccessAgentNpnHelp"))}
        <EntitlementChecks
          id="member"
          available={entitlements}
          selected={person.entitlements}
          onChange={(selected) => setPerson({ ...person, entitlements: selected })}
        />
        <ActionGroup>
          <Button type="submit" data-testid="add-member-submit" isLoading={busy} isDisabled={busy}>
            {t("tinAccessSendInvitation")}
          </Button>
          <Button variant="link" onClick={() => onClose(false)}>
            {t("cancel")}
          </Button>
        </ActionGroup>
      </Form>
    </Modal>
  );
}
