package org.tinaccess.helpdesk;

import java.util.LinkedHashMap;
import java.util.Map;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.tinaccess.rest.AuditKind;
import org.tinaccess.rest.AuditTrail;
import org.tinaccess.rest.Caller;
import org.tinaccess.store.HelpDeskCaseEntity;

/**
 * The admin event of a step of a help-desk check: whose factors, which way the caller was verified,
 * by whom, and the outcome ({@code reset}, {@code scheduled}, {@code confirmed}, {@code refused},
 * {@code stopped}).
 */
final class HelpDeskAudit {

    private HelpDeskAudit() {}

    static void record(KeycloakSession session, RealmModel realm, Caller caller, HelpDeskCaseEntity check, Map<String, String> extra) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("targetUserId", check.getUserId());
        details.put("action", "mfa-reset");
        details.put("checkId", check.getId());
        details.put("method", check.getMethod().value());
        details.put("openedBy", check.getOpenedBy());
        details.put("verifiedBy", check.getVerifiedBy() == null ? "" : check.getVerifiedBy());
        if (check.getTin() != null) {
            details.put("tin", check.getTin());
        }
        details.putAll(extra);
        new AuditTrail(session, realm, caller).record(OperationType.ACTION, AuditKind.TIN_ACCESS_USER,
                "users/" + check.getUserId() + "/mfa-reset", details);
    }
}
