import { useTranslation } from "react-i18next";
import { managedTins } from "../access/Access";
import { useAccess } from "../access/AccessContext";
import { NotAllowed } from "../shared/NotAllowed";
import { TinPicker } from "../shared/TinPicker";
import { useSelectedTin } from "../shared/useSelectedTin";
import { MembersTable } from "./MembersTable";
import { Page } from "../shared/Page";

/** TIN admins and backup admins: the people of one of their TINs. */
export function UsersPage() {
  const { t } = useTranslation();
  const access = useAccess();
  const tins = managedTins(access);
  const [tin, selectTin] = useSelectedTin(tins);
  if (!tin) {
    return <NotAllowed title={t("tinAccessUsers")} audience="admin" />;
  }
  return (
    <Page title={t("tinAccessUsers")} description={t("tinAccessUsersDescription")}>
      {tins.length > 1 && <TinPicker tins={tins} value={tin} onChange={selectTin} />}
      <MembersTable
        key={tin}
        tin={tin}
        entitlements={access.entitlements}
        npis={tins.find((mine) => mine.tin === tin)?.npis ?? []}
        agency={tins.find((mine) => mine.tin === tin)?.agency === true}
        backup={tins.find((mine) => mine.tin === tin)?.role === "backup-admin"}
        onRoleChange={access.reload}
      />
    </Page>
  );
}
