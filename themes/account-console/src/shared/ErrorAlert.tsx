import { Alert } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/ApiError";

/** The API's own sentence for a refusal (it is written for people), or a generic one. */
export function errorMessage(error: unknown, fallback: string): string {
  return error instanceof ApiError ? error.message : fallback;
}

export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const { t } = useTranslation();
  return (
    <Alert variant="danger" isInline isLiveRegion title={title ?? t("tinAccessErrorTitle")} data-testid="error-alert">
      {errorMessage(error, t("tinAccessErrorGeneric"))}
    </Alert>
  );
}
