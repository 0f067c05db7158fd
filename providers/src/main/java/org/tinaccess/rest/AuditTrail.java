package org.tinaccess.rest;

import java.util.Map;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminAuth;
import org.keycloak.services.resources.admin.AdminEventBuilder;

/**
 * Records a change made through the TIN Access API as a Keycloak admin event (actor, resource,
 * details, time), so it shows in the realm's admin events next to Keycloak's own. AdminEventBuilder
 * is a private SPI, but the only way to write into that log with Keycloak's own fields.
 */
public final class AuditTrail {

    /** Admin-event resource types of TIN Access (Keycloak accepts custom names). */
    public static final String ADMIN_REQUEST = "TIN_ACCESS_ADMIN_REQUEST";
    public static final String MEMBER = "TIN_ACCESS_MEMBER";
    public static final String JOIN_REQUEST = "TIN_ACCESS_JOIN_REQUEST";
    public static final String USER = "TIN_ACCESS_USER";

    private final KeycloakSession session;
    private final RealmModel realm;
    private final Caller caller;

    public AuditTrail(KeycloakSession session, RealmModel realm, Caller caller) {
        this.session = session;
        this.realm = realm;
        this.caller = caller;
    }

    public void record(OperationType operation, String resourceType, String resourcePath, Map<String, String> details) {
        AdminEventBuilder event = new AdminEventBuilder(realm, new AdminAuth(realm, caller.token(), caller.user(), caller.client()),
                session, session.getContext().getConnection())
                .operation(operation)
                .resource(resourceType)
                .resourcePath(resourcePath);
        details.forEach(event::detail);
        event.success();
    }
}
