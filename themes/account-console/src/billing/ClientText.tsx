import { useTranslation } from "react-i18next";
import { formatTin } from "../shared/format";

/** What a billing service typed for a client: a Tax ID (nine digits) or a Type 2 NPI (ten). */
export function ClientText({ client }: { client: string }) {
  const { t } = useTranslation();
  return <>{client.length === 10 ? t("tinAccessClientNpi", { npi: client }) : t("tinAccessClientTin", { tin: formatTin(client) })}</>;
}
