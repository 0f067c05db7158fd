import { Form } from "@patternfly/react-core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { tinPath } from "../api/TinAccessApi";
import type { Member } from "../api/types";
import { useTinAccessApi } from "../api/useTinAccessApi";
import { ConfirmModal } from "../shared/ConfirmModal";
import { EntitlementChecks, NpiChecks } from "../shared/EntitlementChecks";
import { fullName } from "../shared/format";

type Props = { tin: string; member: Member; entitlements: string[]; onClose: (changed: boolean) => void };

export function EntitlementsModal({ tin, member, entitlements, onClose }: Props) {
  const { t } = useTranslation();
  const api = useTinAccessApi();
  const [selected, setSelected] = useState(member.entitlements);
  return (
    <ConfirmModal
      title={t("tinAccessEditEntitlementsOf", { name: fullName(member) || member.email })}
      confirmLabel={t("save")}
      onConfirm={() => api.put(tinPath(tin, `/members/${member.id}/entitlements`), selected)}
      onClose={onClose}
    >
      <Form onSubmit={(event) => event.preventDefault()}>
        <EntitlementChecks id="edit" available={entitlements} selected={selected} onChange={setSelected} />
      </Form>
    </ConfirmModal>
  );
}

/** Limits a member to some of the provider's NPIs; none ticked: the whole Tax ID. */
export function NpisModal({ tin, member, npis, onClose }: { tin: string; member: Member; npis: string[]; onClose: (changed: boolean) => void }) {
  const { t } = useTranslation();
  const api = useTinAccessApi();
  const [selected, setSelected] = useState(member.npis ?? []);
  return (
    <ConfirmModal
      title={t("tinAccessEditNpisOf", { name: fullName(member) || member.email })}
      confirmLabel={t("save")}
      onConfirm={() => api.put(tinPath(tin, `/members/${member.id}/npis`), selected)}
      onClose={onClose}
    >
      <p>{t("tinAccessNpisHelp")}</p>
      <Form onSubmit={(event) => event.preventDefault()}>
        <NpiChecks id="edit" available={npis} selected={selected} onChange={setSelected} />
      </Form>
    </ConfirmModal>
  );
}
