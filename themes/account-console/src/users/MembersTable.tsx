import {
  Button,
  FormSelect,
  FormSelectOption,
  MenuToggle,
  SearchInput,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from "@patternfly/react-core";
import { EllipsisVIcon } from "@patternfly/react-icons";
import { ActionsColumn, Table, Tbody, Td, Th, Thead, Tr, type IAction } from "@patternfly/react-table";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { tinPath } from "../api/TinAccessApi";
import type { Member, Page as ApiPage } from "../api/types";
import { useTinAccessApi } from "../api/useTinAccessApi";
import { EntitlementLabels } from "../shared/EntitlementChecks";
import { ErrorAlert } from "../shared/ErrorAlert";
import { fullName } from "../shared/format";
import { StatusLabel } from "../shared/StatusLabel";
import { ListPagination, usePaging } from "../shared/Paging";
import { useLoader } from "../shared/useLoader";
import { AddMemberModal } from "./AddMemberModal";
import { EntitlementsModal, NpisModal } from "./EntitlementsModal";
import { MemberActionModal, type MemberAction } from "./MemberActionModal";

/** {@code backup}: the person is one of the TIN's backup admins, not its admin. */
type Props = { tin: string; entitlements: string[]; npis: string[]; agency: boolean; backup: boolean; onRoleChange: () => void };

type Dialog =
  | { kind: "add" }
  | { kind: "entitlements"; member: Member }
  | { kind: "npis"; member: Member }
  | { kind: "action"; action: MemberAction; member: Member };

const actionsToggleId = (member: Member) => `member-actions-${member.id}`;

/**
 * Searchable, paged members of one TIN, searched and paged by the API (in SQL), with every admin
 * action. A backup admin gets the same actions except over the admin and the backup admins, and
 * never hands the TIN over or names backup admins: the API refuses those too.
 */
export function MembersTable({ tin, entitlements, npis, agency, backup, onRoleChange }: Props) {
  const { t } = useTranslation();
  const api = useTinAccessApi();
  const [search, setSearch] = useState("");
  const [query, setQuery] = useState("");
  const [status, setStatus] = useState("");
  const paging = usePaging();
  const [dialog, setDialog] = useState<Dialog>();

  const members = useLoader(
    (signal) =>
      api.get<ApiPage<Member>>(tinPath(tin, "/members"), { q: query, status, first: paging.first, max: paging.perPage }, signal),
    [api, tin, query, status, paging.first, paging.perPage],
  );

  const close = (changed: boolean, roleChanged = false) => {
    // A dialog opened from a row's menu gives focus back to that row's menu toggle (the menu item it came from is gone).
    const from = dialog !== undefined && "member" in dialog ? document.getElementById(actionsToggleId(dialog.member)) : null;
    setDialog(undefined);
    window.setTimeout(() => from?.focus());
    if (changed) {
      members.reload();
    }
    if (roleChanged) {
      onRoleChange();
    }
  };

  /** The admin's row has no actions; for a backup admin, neither have the backup admins' rows. */
  const hasActions = (member: Member) => member.role !== "admin" && !(backup && member.backupAdmin);

  const actions = (member: Member): IAction[] => {
    if (!hasActions(member)) {
      return [];
    }
    const act = (action: MemberAction) => () => setDialog({ kind: "action", action, member });
    const list: IAction[] = [{ title: t("tinAccessEditEntitlements"), onClick: () => setDialog({ kind: "entitlements", member }) }];
    if (npis.length > 0) {
      list.push({ title: t("tinAccessEditNpis"), onClick: () => setDialog({ kind: "npis", member }) });
    }
    // An invitation gives no power over the person until they accept: only resend it, or withdraw it (Remove).
    if (member.status === "invited") {
      list.push({ title: t("tinAccessResendInvite"), onClick: act("resend-invite") });
    } else {
      list.push(
        member.status === "suspended"
          ? { title: t("tinAccessReinstate"), onClick: act("reinstate") }
          : { title: t("tinAccessSuspend"), onClick: act("suspend") },
      );
    }
    if (member.status === "active") {
      list.push({ title: t("tinAccessResetMfa"), onClick: act("reset-mfa") });
    }
    if (!backup && member.backupAdmin) {
      list.push({ title: t("tinAccessWithdrawBackupAdmin"), onClick: act("withdraw-backup-admin") });
    } else if (!backup && member.status === "active") {
      list.push({ title: t("tinAccessNameBackupAdmin"), onClick: act("name-backup-admin") });
    }
    if (!backup && member.status === "active") {
      list.push({ title: t("tinAccessTransferAdmin"), onClick: act("transfer") });
    }
    list.push({ isSeparator: true }, { title: t("tinAccessRemove"), onClick: act("remove") });
    return list;
  };

  return (
    <>
      <Toolbar className="tin-access-toolbar">
        <ToolbarContent>
          <ToolbarItem>
            <SearchInput
              aria-label={t("tinAccessSearchMembers")}
              placeholder={t("tinAccessSearchMembers")}
              value={search}
              onChange={(_, value) => setSearch(value)}
              onSearch={(_, value) => {
                setQuery(value.trim());
                paging.setPage(1);
              }}
              onClear={() => {
                setSearch("");
                setQuery("");
                paging.setPage(1);
              }}
            />
          </ToolbarItem>
          <ToolbarItem>
            <FormSelect
              id="member-status"
              aria-label={t("tinAccessStatus")}
              value={status}
              onChange={(_, value) => {
                setStatus(value);
                paging.setPage(1);
              }}
            >
              <FormSelectOption value="" label={t("tinAccessAnyStatus")} />
              {["invited", "active", "suspended"].map((value) => (
                <FormSelectOption key={value} value={value} label={t(`tinAccessStatus-${value}`)} />
              ))}
            </FormSelect>
          </ToolbarItem>
          <ToolbarItem>
            <Button data-testid="add-member" onClick={() => setDialog({ kind: "add" })}>
              {t("tinAccessAddMember")}
            </Button>
          </ToolbarItem>
        </ToolbarContent>
      </Toolbar>
      {members.error !== undefined && <ErrorAlert error={members.error} />}
      <Table aria-label={t("tinAccessUsers")} data-testid="members" variant="compact">
        <Thead>
          <Tr>
            <Th>{t("tinAccessName")}</Th>
            <Th>{t("email")}</Th>
            <Th>{t("tinAccessRole")}</Th>
            <Th>{t("tinAccessEntitlements")}</Th>
            <Th>{t("tinAccessStatus")}</Th>
            <Th screenReaderText={t("tinAccessActions")} />
          </Tr>
        </Thead>
        <Tbody>
          {members.data?.items.map((member) => (
            <Tr key={member.id} data-testid={`member-${member.email}`}>
              <Td dataLabel={t("tinAccessName")}>
                {fullName(member) || "—"}
                {member.npn && (
                  <div className="pf-v5-u-color-200" data-testid="member-npn">
                    {t("tinAccessNpnOf", { npn: member.npn })}
                  </div>
                )}
              </Td>
              <Td dataLabel={t("email")}>{member.email}</Td>
              <Td dataLabel={t("tinAccessRole")} data-testid="member-role">
                {t(`tinAccessRole-${member.role}`)}
                {member.backupAdmin === "nominated" && (
                  <div className="pf-v5-u-color-200">{t("tinAccessBackupAdminAsked")}</div>
                )}
              </Td>
              <Td dataLabel={t("tinAccessEntitlements")}>
                <EntitlementLabels names={member.entitlements} all={member.role === "admin"} />
                {(member.npis ?? []).length > 0 && (
                  <div className="pf-v5-u-color-200" data-testid="member-npis">
                    {t("tinAccessLimitedToNpis", { npis: (member.npis ?? []).join(", ") })}
                  </div>
                )}
              </Td>
              <Td dataLabel={t("tinAccessStatus")}>
                <StatusLabel status={member.status} />
              </Td>
              <Td isActionCell>
                {hasActions(member) && (
                  <ActionsColumn items={actions(member)} popperProps={{ position: "right" }}
                    actionsToggle={({ onToggle, isOpen, isDisabled, toggleRef }) => (
                      <MenuToggle ref={toggleRef} variant="plain" onClick={onToggle} isExpanded={isOpen} isDisabled={isDisabled}
                        aria-label={t("tinAccessActionsOf", { name: fullName(member) || member.email })} data-testid="member-actions"
                        id={actionsToggleId(member)}>
                        <EllipsisVIcon />
                      </MenuToggle>
                    )} />
                )}
              </Td>
            </Tr>
          ))}
          {members.data && members.data.items.length === 0 && (
            <Tr>
              <Td colSpan={6}>{t("tinAccessNoMembers")}</Td>
            </Tr>
          )}
        </Tbody>
      </Table>
      <ListPagination paging={paging} total={members.data?.total} />
      {dialog?.kind === "add" && <AddMemberModal tin={tin} entitlements={entitlements} agency={agency} onClose={close} />}
      {dialog?.kind === "npis" && <NpisModal tin={tin} member={dialog.member} npis={npis} onClose={close} />}
      {dialog?.kind === "entitlements" && (
        <EntitlementsModal tin={tin} member={dialog.member} entitlements={entitlements} onClose={close} />
      )}
      {dialog?.kind === "action" && (
        <MemberActionModal
          tin={tin}
          member={dialog.member}
          action={dialog.action}
          onClose={(changed) => close(changed, changed && dialog.action === "transfer")}
        />
      )}
    </>
  );
}
