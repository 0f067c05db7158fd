package org.tinaccess.rest;

import java.util.Map;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminAuth;
import org.keycloak.services.resources.admin.AdminEventBuilder;

/**
 * Records a change made through the TIN Access API as a Keycloak admin event (actor, resource,
 * details, time), so it shows in the realm's admin events next to Keycloak's own and is found by
 * the same filters: a Keycloak resource type ({@link AuditKind}), a resource path that is the API
 * path under the realm ({@value #PATH_PREFIX}…), and our kind in the details. AdminEventBuilder is a
 * private SPI, but the only way to write into that log with Keycloak's own fields.
 */
public final class AuditTrail {

    /** The detail that names the TIN Access kind of an event, e.g. {@code TIN_ACCESS_MEMBER}. */
    public static final String KIND = "tinAccessKind";
    /** Every TIN Access event's resource path starts here: {@code resourcePath=tin-access/*} finds them all. */
    public static final String PATH_PREFIX = "tin-access/";

    private final KeycloakSession session;
    private final RealmModel realm;
    private final Caller caller;

    public AuditTrail(KeycloakSession session, RealmModel realm, Caller caller) {
        this.session = session;
        this.realm = realm;
        this.caller = caller;
    }

    /** {@code resourcePath} as the API spells it under {@code /realms/{realm}/tin-access/}, e.g. {@code tins/123456789/members/{id}}. */
    public void record(OperationType operation, AuditKind kind, String resourcePath, Map<String, String> details) {
        AdminEventBuilder event = new AdminEventBuilder(realm, new AdminAuth(realm, caller.token(), caller.user(), caller.client()),
                session, session.getContext().getConnection())
                .operation(operation)
                .resource(kind.resourceType())
                .resourcePath(PATH_PREFIX + resourcePath)
                .detail(KIND, kind.name());
        details.forEach(event::detail);
        event.success();
    }
}
