import { useTranslation } from "react-i18next";
import { tinPath } from "../api/TinAccessApi";
import type { Member } from "../api/types";
import { useTinAccessApi } from "../api/useTinAccessApi";
import { ConfirmModal } from "../shared/ConfirmModal";
import { fullName } from "../shared/format";

export type MemberAction =
  | "suspend"
  | "reinstate"
  | "reset-mfa"
  | "resend-invite"
  | "transfer"
  | "name-backup-admin"
  | "withdraw-backup-admin"
  | "remove";

const LABELS: Record<MemberAction, { title: string; confirm: string; body: string; danger: boolean }> = {
  suspend: { title: "tinAccessSuspend", confirm: "tinAccessSuspend", body: "tinAccessSuspendConfirm", danger: true },
  reinstate: { title: "tinAccessReinstate", confirm: "tinAccessReinstate", body: "tinAccessReinstateConfirm", danger: false },
  "reset-mfa": { title: "tinAccessResetMfa", confirm: "tinAccessResetMfa", body: "tinAccessResetMfaConfirm", danger: true },
  "resend-invite": { title: "tinAccessResendInvite", confirm: "tinAccessResendInvite", body: "tinAccessResendInviteConfirm", danger: false },
  transfer: { title: "tinAccessTransferAdmin", confirm: "tinAccessTransferAdmin", body: "tinAccessTransferAdminConfirm", danger: true },
  "name-backup-admin": {
    title: "tinAccessNameBackupAdmin",
    confirm: "tinAccessNameBackupAdmin",
    body: "tinAccessNameBackupAdminConfirm",
    danger: false,
  },
  "withdraw-backup-admin": {
    title: "tinAccessWithdrawBackupAdmin",
    confirm: "tinAccessWithdrawBackupAdmin",
    body: "tinAccessWithdrawBackupAdminConfirm",
    danger: true,
  },
  remove: { title: "tinAccessRemove", confirm: "tinAccessRemove", body: "tinAccessRemoveConfirm", danger: true },
};

type Props = { tin: string; member: Member; action: MemberAction; onClose: (changed: boolean) => void };

/** One confirmed change to a member; the API re-checks that the caller administers this TIN. */
export function MemberActionModal({ tin, member, action, onClose }: Props) {
  const { t } = useTranslation();
  const api = useTinAccessApi();
  const labels = LABELS[action];
  const run = () => {
    switch (action) {
      case "remove":
        return api.delete(tinPath(tin, `/members/${member.id}`));
      case "transfer":
        return api.post(tinPath(tin, "/admin/transfer"), { userId: member.id });
      case "name-backup-admin":
        return api.put(tinPath(tin, `/members/${member.id}/backup-admin`), {});
      case "withdraw-backup-admin":
        return api.delete(tinPath(tin, `/members/${member.id}/backup-admin`));
      default:
        return api.post(tinPath(tin, `/members/${member.id}/${action}`));
    }
  };
  return (
    <ConfirmModal title={t(labels.title)} confirmLabel={t(labels.confirm)} danger={labels.danger} onConfirm={run} onClose={onClose}>
      {t(labels.body, { name: fullName(member) || member.email, email: member.email })}
    </ConfirmModal>
  );
}
