import { useEnvironment, type AccountEnvironment } from "@keycloak/keycloak-account-ui";
import { Alert, AlertActionLink } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";
import { managedTins } from "../access/Access";
import { useAccess } from "../access/AccessContext";
import type { AccessReviewSummary } from "../api/types";
import { useTinAccessApi } from "../api/useTinAccessApi";
import { ErrorAlert } from "../shared/ErrorAlert";
import { formatDateTime, readableTin } from "../shared/format";
import { useConsoleLink } from "../shared/useConsoleLink";
import { useLoader } from "../shared/useLoader";
import { waitingReviews } from "./accessReviewItems";

/**
 * Above the Tax IDs on My Tax IDs: each open access review of a Tax ID the person manages that still
 * waits for their decisions, with its due date and a link to the review. Nothing for anyone else.
 */
export function AccessReviewAlerts() {
  const access = useAccess();
  return managedTins(access).length > 0 ? <OpenReviewAlerts /> : null;
}

function OpenReviewAlerts() {
  const api = useTinAccessApi();
  const reviews = useLoader((signal) => api.get<{ items: AccessReviewSummary[] }>("/tins/access-reviews", undefined, signal), [api]);
  if (reviews.error !== undefined) {
    return <ErrorAlert error={reviews.error} />;
  }
  return (
    <>
      {waitingReviews(reviews.data?.items ?? []).map((review) => (
        <ReviewAlert key={review.id} review={review} />
      ))}
    </>
  );
}

function ReviewAlert({ review }: { review: AccessReviewSummary }) {
  const { t } = useTranslation();
  const { environment } = useEnvironment<AccountEnvironment>();
  const link = useConsoleLink(`tin-access/access-review?tin=${encodeURIComponent(review.tin)}`);
  const tin = readableTin(review.tin, (ending) => t("tinAccessTinEnding", { ending }));
  const provider = review.provider || t("tinAccessTin");
  return (
    <Alert
      variant="info"
      isInline
      component="h2"
      className="pf-v5-u-mb-md"
      data-testid="access-review-alert"
      data-review-id={review.id}
      title={t("tinAccessAccessReviewAlert", {
        provider,
        tin,
        date: formatDateTime(review.dueAt, environment.locale),
        undecided: review.undecided,
      })}
      actionLinks={
        <AlertActionLink component="a" href={link.href} onClick={link.onClick} data-testid="access-review-open"
          aria-label={t("tinAccessAccessReviewOpenOf", { provider })}>
          {t("tinAccessAccessReviewOpen")}
        </AlertActionLink>
      }
    >
      {t("tinAccessAccessReviewAlertBody")}
    </Alert>
  );
}
