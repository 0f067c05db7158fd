import { useEnvironment, type AccountEnvironment } from "@keycloak/keycloak-account-ui";
import { Alert, Spinner, Title } from "@patternfly/react-core";
import { useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/ApiError";
import { tinPath } from "../api/TinAccessApi";
import type { AccessReview, AccessReviewAnswer, AccessReviewItem } from "../api/types";
import { useTinAccessApi } from "../api/useTinAccessApi";
import { ConfirmModal } from "../shared/ConfirmModal";
import { ErrorAlert } from "../shared/ErrorAlert";
import { formatDateTime, readableTin } from "../shared/format";
import { useLoader } from "../shared/useLoader";
import { countItems, isToDecide, nextToDecide, orderItems, replaceItem } from "./accessReviewItems";
import { AccessReviewTable, confirmButtonId } from "./AccessReviewTable";

const ALL_DONE_ID = "access-review-all-done";
const HEADING_ID = "access-review-heading";

type Props = {
  tin: string;
  /** The caller is one of the TIN's backup admins: the other backup admins are the admin's to review. */
  asBackup: boolean;
  /** The person chose this review from the list: its heading takes the focus once it is shown. */
  focusOnLoad: boolean;
  /** After each decision: the open reviews' counts change. */
  onDecided: () => void;
  /** Shown when the Tax ID has no review (404). */
  empty: ReactNode;
};

/**
 * One Tax ID's newest access review: each decision updates its row in place from the API's answer,
 * and keyboard focus moves on to the next row to decide, or to the message that all are decided.
 */
export function AccessReviewPanel({ tin, asBackup, focusOnLoad, onDecided, empty }: Props) {
  const { t } = useTranslation();
  const { environment } = useEnvironment<AccountEnvironment>();
  const api = useTinAccessApi();
  const review = useLoader((signal) => api.get<AccessReview>(tinPath(tin, "/access-review"), undefined, signal), [api, tin]);
  const [changes, setChanges] = useState<Record<string, AccessReviewItem>>({});
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [removing, setRemoving] = useState<AccessReviewItem>();
  const [announcement, setAnnouncement] = useState("");
  /** The id of the element that takes the focus after the next render. */
  const focusAfter = useRef<string>();
  const headingFocused = useRef(false);
  const inFlight = useRef(false);

  // A reload (after a refusal) brings every decision as the API has it.
  useEffect(() => setChanges({}), [review.data]);
  const items = useMemo(
    () => orderItems(review.data?.items ?? [], asBackup).map((item) => changes[item.id] ?? item),
    [review.data, changes, asBackup],
  );

  // Focus moves once the row is rendered decided and, after a removal, once the dialog is gone.
  useEffect(() => {
    const target = focusAfter.current;
    if (target === undefined || removing !== undefined) {
      return;
    }
    focusAfter.current = undefined;
    window.setTimeout(() => document.getElementById(target)?.focus());
  });

  useEffect(() => {
    if (focusOnLoad && review.data && !headingFocused.current) {
      headingFocused.current = true;
      document.getElementById(HEADING_ID)?.focus();
    }
  }, [focusOnLoad, review.data]);

  const decide = async (item: AccessReviewItem, answer: AccessReviewAnswer) => {
    try {
      const updated = await api.post<AccessReviewItem>(tinPath(tin, `/access-review/items/${encodeURIComponent(item.id)}`), { decision: answer });
      const next = nextToDecide(replaceItem(items, updated), item.id, asBackup);
      setChanges((current) => ({ ...current, [updated.id]: updated }));
      setAnnouncement(t(answer === "confirm" ? "tinAccessAccessReviewConfirmed" : "tinAccessAccessReviewRemoved", { name: item.name }));
      focusAfter.current = next === undefined ? ALL_DONE_ID : confirmButtonId(next);
      onDecided();
    } catch (failure) {
      // Closed meanwhile, or decided by another manager: show the review as it is now.
      if (failure instanceof ApiError && failure.status === 409) {
        review.reload();
      }
      throw failure;
    }
  };

  const confirm = async (item: AccessReviewItem) => {
    // The button stays enabled (disabling it would drop the focus): a second Enter is ignored here.
    if (inFlight.current) {
      return;
    }
    inFlight.current = true;
    setBusy(item.id);
    setError(undefined);
    try {
      await decide(item, "confirm");
    } catch (failure) {
      setError(failure);
    } finally {
      inFlight.current = false;
      setBusy(undefined);
    }
  };

  if (!review.data) {
    if (review.error instanceof ApiError && review.error.status === 404) {
      return <>{empty}</>;
    }
    return review.error !== undefined ? <ErrorAlert error={review.error} /> : <Spinner aria-label={t("tinAccessLoading")} />;
  }

  const data = review.data;
  const open = data.status === "open";
  const counts = countItems(items, asBackup);
  const tinText = readableTin(data.tin, (ending) => t("tinAccessTinEnding", { ending }));
  // A provider without an organization name (none in practice) is called by its Tax ID alone.
  const provider = data.provider || t("tinAccessTin");
  return (
    <section aria-labelledby={HEADING_ID} data-testid="access-review" data-status={data.status}>
      <Title headingLevel="h2" id={HEADING_ID} tabIndex={-1}>
        {t("tinAccessAccessReviewTitle", { provider, tin: tinText })}
      </Title>
      <div className="pf-v5-u-mt-sm" data-testid="access-review-summary">
        {open ? (
          <>
            <div>{t("tinAccessAccessReviewDueBy", { date: formatDateTime(data.dueAt, environment.locale) })}</div>
            <div>{t("tinAccessAccessReviewUndecidedOf", { undecided: counts.undecided, total: counts.total })}</div>
          </>
        ) : (
          <div>{t("tinAccessAccessReviewClosedOn", { date: formatDateTime(data.closedAt ?? data.dueAt, environment.locale) })}</div>
        )}
      </div>
      {!open && (
        <Alert variant="info" isInline component="h3" className="pf-v5-u-mt-md" title={t("tinAccessAccessReviewClosed")} data-testid="access-review-closed">
          {t("tinAccessAccessReviewClosedBody")}
        </Alert>
      )}
      {error !== undefined && <ErrorAlert error={error} />}
      {open && counts.toDecide === 0 && (
        <Alert id={ALL_DONE_ID} tabIndex={-1} variant="success" isInline component="h3" className="pf-v5-u-mt-md" data-testid="access-review-all-done"
          title={t(counts.undecided === 0 ? "tinAccessAccessReviewAllDone" : "tinAccessAccessReviewAllDoneYours")}>
          {t("tinAccessAccessReviewAllDoneBody")}
        </Alert>
      )}
      <div className="pf-v5-screen-reader" aria-live="polite" data-testid="access-review-announcement">
        {announcement}
      </div>
      <AccessReviewTable
        provider={provider}
        items={items}
        asBackup={asBackup}
        open={open}
        busy={busy}
        onConfirm={(item) => void confirm(item)}
        onRemove={(item) => {
          setError(undefined);
          setRemoving(item);
        }}
      />
      {removing && (
        <ConfirmModal
          title={t("tinAccessAccessReviewRemoveTitle", { name: removing.name })}
          confirmLabel={t("tinAccessAccessReviewRemove")}
          danger
          onConfirm={() => decide(removing, "remove")}
          onClose={(done) => {
            const now = items.find((item) => item.id === removing.id);
            setRemoving(undefined);
            // Cancelled: the dialog gives focus back to the row's Remove button, unless a refusal showed the row decided meanwhile.
            if (!done && now !== undefined && !isToDecide(now, asBackup)) {
              focusAfter.current = HEADING_ID;
            }
          }}
        >
          <p>{t(`tinAccessAccessReviewRemoveBody-${removing.kind}`, { name: removing.name, tin: tinText })}</p>
        </ConfirmModal>
      )}
    </section>
  );
}
