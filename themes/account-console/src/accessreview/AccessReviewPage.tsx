import { useEnvironment, type AccountEnvironment } from "@keycloak/keycloak-account-ui";
import { Button, EmptyState, EmptyStateBody, EmptyStateHeader, Label, Spinner, Title } from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router-dom";
import { managedTins } from "../access/Access";
import { useAccess } from "../access/AccessContext";
import type { AccessReviewSummary, MyTin } from "../api/types";
import { useTinAccessApi } from "../api/useTinAccessApi";
import { ErrorAlert } from "../shared/ErrorAlert";
import { formatDateTime, formatTin } from "../shared/format";
import { NotAllowed } from "../shared/NotAllowed";
import { Page } from "../shared/Page";
import { TinText } from "../shared/TinText";
import { useLoader } from "../shared/useLoader";
import { chooseReviewTin, soonestFirst } from "./accessReviewItems";
import { AccessReviewPanel } from "./AccessReviewPanel";

/**
 * TIN admins and backup admins: the access reviews of their Tax IDs. For each person or billing
 * service with access they confirm it or remove it; what is not confirmed by the due date is
 * suspended on the Tax ID. The address may name the Tax ID (?tin=, or ?provider= from a mail), which
 * also shows its review once closed, read-only.
 */
export function AccessReviewPage() {
  const { t } = useTranslation();
  const access = useAccess();
  const tins = managedTins(access);
  if (tins.length === 0) {
    return <NotAllowed title={t("tinAccessAccessReview")} audience="admin" />;
  }
  return (
    <Page title={t("tinAccessAccessReview")} description={t("tinAccessAccessReviewDescription")}>
      <AccessReviews managed={tins} />
    </Page>
  );
}

function AccessReviews({ managed }: { managed: MyTin[] }) {
  const { t } = useTranslation();
  const api = useTinAccessApi();
  const [params, setParams] = useSearchParams();
  const [chosen, setChosen] = useState(false);
  const open = useLoader((signal) => api.get<{ items: AccessReviewSummary[] }>("/tins/access-reviews", undefined, signal), [api]);

  const choose = (tin: string) => {
    setChosen(true);
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.set("tin", tin);
      next.delete("provider");
      return next;
    });
  };

  if (!open.data) {
    return open.error !== undefined ? <ErrorAlert error={open.error} /> : <Spinner aria-label={t("tinAccessLoading")} />;
  }
  const reviews = soonestFirst(open.data.items);
  const tin = chooseReviewTin(managed, reviews, params.get("tin"), params.get("provider"));
  return (
    <>
      {open.error !== undefined && <ErrorAlert error={open.error} />}
      {reviews.length > 1 && <OpenReviews reviews={reviews} shown={tin} onChoose={choose} />}
      {tin === undefined ? (
        <NoneOpen />
      ) : (
        <AccessReviewPanel key={tin} tin={tin} asBackup={managed.find((mine) => mine.tin === tin)?.role === "backup-admin"} focusOnLoad={chosen}
          onDecided={open.reload} empty={<NoneOpen />} />
      )}
    </>
  );
}

function NoneOpen() {
  const { t } = useTranslation();
  return (
    <EmptyState data-testid="access-review-none">
      <EmptyStateHeader titleText={t("tinAccessAccessReviewNoneOpen")} headingLevel="h2" />
      <EmptyStateBody>{t("tinAccessAccessReviewNoneOpenBody")}</EmptyStateBody>
    </EmptyState>
  );
}

/** More than one Tax ID under review: which one the page shows, and the others a button away. */
function OpenReviews({ reviews, shown, onChoose }: { reviews: AccessReviewSummary[]; shown?: string; onChoose: (tin: string) => void }) {
  const { t } = useTranslation();
  const { environment } = useEnvironment<AccountEnvironment>();
  return (
    <section aria-labelledby="access-review-open-reviews" className="pf-v5-u-mb-lg">
      <Title headingLevel="h2" id="access-review-open-reviews">
        {t("tinAccessAccessReviewOpenReviews")}
      </Title>
      <Table aria-labelledby="access-review-open-reviews" data-testid="access-review-list" variant="compact">
        <Thead>
          <Tr>
            <Th>{t("tinAccessProvider")}</Th>
            <Th>{t("tinAccessTin")}</Th>
            <Th>{t("tinAccessAccessReviewDue")}</Th>
            <Th>{t("tinAccessAccessReviewToReview")}</Th>
            <Th screenReaderText={t("tinAccessActions")} />
          </Tr>
        </Thead>
        <Tbody>
          {reviews.map((review) => (
            <Tr key={review.id} data-testid="access-review-list-row" data-review-id={review.id}>
              <Td dataLabel={t("tinAccessProvider")}>{review.provider || "—"}</Td>
              <Td dataLabel={t("tinAccessTin")}>
                <TinText tin={review.tin} />
              </Td>
              <Td dataLabel={t("tinAccessAccessReviewDue")}>{formatDateTime(review.dueAt, environment.locale)}</Td>
              <Td dataLabel={t("tinAccessAccessReviewToReview")}>
                {t("tinAccessAccessReviewUndecidedOf", { undecided: review.undecided, total: review.total })}
              </Td>
              <Td isActionCell>
                {review.tin === shown ? (
                  <Label color="blue">{t("tinAccessAccessReviewShown")}</Label>
                ) : (
                  <Button variant="secondary" size="sm" data-testid="access-review-show" onClick={() => onChoose(review.tin)}
                    aria-label={t("tinAccessAccessReviewShowOf", { provider: review.provider || formatTin(review.tin) })}>
                    {t("tinAccessAccessReviewShow")}
                  </Button>
                )}
              </Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
    </section>
  );
}
