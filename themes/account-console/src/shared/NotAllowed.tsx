import { EmptyState, EmptyStateBody, EmptyStateHeader } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";
import { Page } from "./Page";

/** Who a page is for, as the person who may not use it is told. */
export type Audience = "admin" | "reviewer" | "service" | "helpDesk";

/** Shown when someone opens a page's address without the right; the API would refuse them anyway. */
export function NotAllowed({ title, audience }: { title: string; audience: Audience }) {
  const { t } = useTranslation();
  return (
    <Page title={title} description="">
      <EmptyState data-testid="not-allowed">
        <EmptyStateHeader titleText={t("tinAccessNotAllowed")} headingLevel="h2" />
        <EmptyStateBody>{t(`tinAccessNotAllowedBody-${audience}`)}</EmptyStateBody>
      </EmptyState>
    </Page>
  );
}
