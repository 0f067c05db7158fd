import { EmptyState, EmptyStateBody, EmptyStateHeader } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";
import { Page } from "./Page";

/** Shown when someone opens a page's address without the right; the API would refuse them anyway. */
export function NotAllowed({ title }: { title: string }) {
  const { t } = useTranslation();
  return (
    <Page title={title} description="">
      <EmptyState data-testid="not-allowed">
        <EmptyStateHeader titleText={t("tinAccessNotAllowed")} headingLevel="h2" />
        <EmptyStateBody>{t("tinAccessNotAllowedBody")}</EmptyStateBody>
      </EmptyState>
    </Page>
  );
}
