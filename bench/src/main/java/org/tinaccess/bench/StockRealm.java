package org.tinaccess.bench;

import java.util.List;
import java.util.Map;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.AuthenticationManagementResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.AuthenticationExecutionInfoRepresentation;
import org.keycloak.representations.idm.AuthenticationFlowRepresentation;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;

/**
 * A second realm on the same server with Keycloak's stock sign-in, the yardstick for ours: client
 * {@link #PASSWORD_OTP} uses the realm's default browser flow (username and password on one page,
 * then the OTP page); client {@link #IDENTIFIER_FIRST} is bound to a flow of stock authenticators
 * with as many pages as ours (username, then password, then OTP).
 */
final class StockRealm {

    static final String NAME = "stock";
    static final String PASSWORD_OTP = "bench-password-otp";
    static final String IDENTIFIER_FIRST = "bench-identifier-first";
    private static final String FLOW = "identifier-first";
    private static final String FORMS = "identifier-first forms";

    private StockRealm() {}

    static RealmResource create(Keycloak admin, String redirectUri) {
        RealmRepresentation realm = new RealmRepresentation();
        realm.setRealm(NAME);
        realm.setEnabled(true);
        admin.realms().create(realm);
        RealmResource created = admin.realm(NAME);
        client(created, PASSWORD_OTP, redirectUri, Map.of());
        client(created, IDENTIFIER_FIRST, redirectUri, Map.of("browser", identifierFirstFlow(created.flows())));
        return created;
    }

    /** Cookie, or: username form, password form, OTP form; answers the flow's id. */
    private static String identifierFirstFlow(AuthenticationManagementResource flows) {
        AuthenticationFlowRepresentation flow = new AuthenticationFlowRepresentation();
        flow.setAlias(FLOW);
        flow.setProviderId("basic-flow");
        flow.setTopLevel(true);
        flow.setBuiltIn(false);
        flows.createFlow(flow).close();
        flows.addExecution(FLOW, Map.of("provider", "auth-cookie"));
        flows.addExecutionFlow(FLOW, Map.of("alias", FORMS, "type", "basic-flow", "provider", "registration-page-form", "description", ""));
        for (String authenticator : List.of("auth-username-form", "auth-password-form", "auth-otp-form")) {
            flows.addExecution(FORMS, Map.of("provider", authenticator));
        }
        for (AuthenticationExecutionInfoRepresentation execution : flows.getExecutions(FLOW)) {
            boolean alternative = execution.getLevel() == 0;
            execution.setRequirement(alternative ? "ALTERNATIVE" : "REQUIRED");
            flows.updateExecutions(FLOW, execution);
        }
        return flows.getFlows().stream().filter(candidate -> FLOW.equals(candidate.getAlias())).findFirst().orElseThrow().getId();
    }

    private static void client(RealmResource realm, String clientId, String redirectUri, Map<String, String> flowOverrides) {
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(clientId);
        client.setPublicClient(true);
        client.setStandardFlowEnabled(true);
        client.setRedirectUris(List.of(redirectUri));
        client.setAuthenticationFlowBindingOverrides(flowOverrides);
        realm.clients().create(client).close();
    }
}
