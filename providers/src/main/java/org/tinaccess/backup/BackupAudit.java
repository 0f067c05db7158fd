package org.tinaccess.backup;

import java.util.LinkedHashMap;
import java.util.Map;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.tinaccess.members.TinResource;
import org.tinaccess.rest.AuditKind;
import org.tinaccess.rest.AuditTrail;
import org.tinaccess.rest.Caller;
import org.tinaccess.tin.Tin;

/** Backup admins' changes as admin events on the membership: who, about whom, what, and in which role the caller acted. */
final class BackupAudit {

    private BackupAudit() {}

    static void record(KeycloakSession session, RealmModel realm, Caller caller, OperationType operation, Tin tin, String targetUserId,
            String action, Map<String, String> extra) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("tin", tin.digits());
        details.put("targetUserId", targetUserId);
        details.put("action", action);
        details.put(TinResource.ACTING_AS, actingAs(action));
        details.putAll(extra);
        new AuditTrail(session, realm, caller).record(operation, AuditKind.TIN_ACCESS_MEMBER, "tins/" + tin.digits() + "/members/" + targetUserId,
                details);
    }

    /** The admin names and withdraws; the person answers for themselves; a backup admin succeeds. */
    private static String actingAs(String action) {
        return switch (action) {
            case "backup-admin-named", "backup-admin-withdrawn" -> "admin";
            case "admin-succeeded" -> "backup-admin";
            default -> "self";
        };
    }
}
