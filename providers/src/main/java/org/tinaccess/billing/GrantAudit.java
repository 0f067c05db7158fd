package org.tinaccess.billing;

import java.util.LinkedHashMap;
import java.util.Map;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.tinaccess.rest.AuditKind;
import org.tinaccess.rest.AuditTrail;
import org.tinaccess.rest.Caller;
import org.tinaccess.store.ClientGrantEntity;

/** Every change of a client grant as an admin event: service, client (as typed), status, the action and its actor. */
final class GrantAudit {

    private GrantAudit() {}

    static void record(KeycloakSession session, RealmModel realm, Caller caller, OperationType operation, String resourcePath,
            ClientGrantEntity grant, String action, Map<String, String> extra) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("grantId", grant.getId());
        details.put("serviceTin", grant.getServiceTin());
        details.put("client", grant.getClientRef());
        details.put("status", grant.getStatus().label());
        details.put("action", action);
        details.putAll(extra);
        new AuditTrail(session, realm, caller).record(operation, AuditKind.TIN_ACCESS_CLIENT_GRANT, resourcePath, details);
    }
}
