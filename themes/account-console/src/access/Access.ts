import type { MyTin, PublicConfig } from "../api/types";

export const REVIEWER_ROLE = "tin-reviewer";
export const HELP_DESK_ROLE = "tin-help-desk";

/** What the signed-in person may see: their TINs, whether they review or work at the help desk, the realm's entitlement names. */
export type Access = {
  tins: MyTin[];
  reviewer: boolean;
  helpDesk: boolean;
  entitlements: string[];
};

/** TINs whose admin the person is and whose role they accepted (the API refuses the others too). */
export function administeredTins(access: Access): MyTin[] {
  return access.tins.filter((tin) => tin.role === "admin" && tin.status === "active");
}

/** TINs whose people the person manages: as the admin, or as a backup admin who agreed (the API refuses the others too). */
export function managedTins(access: Access): MyTin[] {
  return access.tins.filter((tin) => (tin.role === "admin" || tin.role === "backup-admin") && tin.status === "active");
}

export function accessOf(tins: MyTin[], config: PublicConfig, realmRoles: string[] | undefined): Access {
  return {
    tins,
    reviewer: (realmRoles ?? []).includes(REVIEWER_ROLE),
    helpDesk: (realmRoles ?? []).includes(HELP_DESK_ROLE),
    entitlements: config.entitlements,
  };
}
