import { Form, FormGroup, FormHelperText, FormSelect, FormSelectOption, HelperText, HelperTextItem, TextArea } from "@patternfly/react-core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { NOT_LISTED_OUTCOMES, type NotListedOutcome } from "../api/types";
import { ConfirmModal } from "../shared/ConfirmModal";

type Props = {
  reference: string;
  onCloseRequest: (outcome: NotListedOutcome, note: string) => Promise<unknown>;
  onClose: (changed: boolean) => void;
};

/** Close a not-listed request: how it ended (contacted, or closed without contact) and a note, required. */
export function CloseNotListedModal({ reference, onCloseRequest, onClose }: Props) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<NotListedOutcome>("contacted");
  const [note, setNote] = useState("");
  return (
    <ConfirmModal
      title={t("tinAccessCloseNotListed", { reference })}
      confirmLabel={t("tinAccessCloseRequest")}
      onConfirm={() => onCloseRequest(outcome, note.trim())}
      onClose={onClose}
    >
      <Form onSubmit={(event) => event.preventDefault()}>
        <FormGroup label={t("tinAccessNotListedOutcome")} fieldId="not-listed-outcome" isRequired>
          <FormSelect id="not-listed-outcome" value={outcome} onChange={(_, value) => setOutcome(value as NotListedOutcome)}>
            {NOT_LISTED_OUTCOMES.map((code) => (
              <FormSelectOption key={code} value={code} label={t(`tinAccessNotListedOutcome-${code}`)} />
            ))}
          </FormSelect>
        </FormGroup>
        <FormGroup label={t("tinAccessNotListedNote")} fieldId="not-listed-note" isRequired>
          <TextArea
            id="not-listed-note"
            value={note}
            onChange={(_, value) => setNote(value)}
            maxLength={1000}
            isRequired
            aria-describedby="not-listed-note-hint"
            resizeOrientation="vertical"
          />
          <FormHelperText>
            <HelperText>
              <HelperTextItem id="not-listed-note-hint">{t("tinAccessNotListedNoteHint")}</HelperTextItem>
            </HelperText>
          </FormHelperText>
        </FormGroup>
      </Form>
    </ConfirmModal>
  );
}
