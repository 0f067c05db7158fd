import { useTranslation } from "react-i18next";
import { formatTin, maskedTinEnding } from "./format";

/**
 * A TIN as the page shows it. A masked one (**-***0551) would be read out as a row of asterisks,
 * so a screen reader gets "Tax ID ending 0551" instead (WCAG 1.1.1, 1.3.1).
 */
export function TinText({ tin }: { tin: string }) {
  const { t } = useTranslation();
  const ending = maskedTinEnding(tin);
  if (ending === null) {
    return <>{formatTin(tin)}</>;
  }
  return (
    <>
      <span aria-hidden="true">{tin}</span>
      <span className="pf-v5-screen-reader">{t("tinAccessTinEnding", { ending })}</span>
    </>
  );
}
