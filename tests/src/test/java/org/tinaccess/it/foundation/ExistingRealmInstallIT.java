package org.tinaccess.it.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.AuthenticationExecutionInfoRepresentation;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RequiredActionProviderRepresentation;
import org.keycloak.representations.userprofile.config.UPAttribute;
import org.tinaccess.it.support.IntegrationTest;
import org.tinaccess.it.support.PortalClient;
import org.tinaccess.it.support.ShellRecipe;
import org.tinaccess.it.support.TinAccessServer;
import org.tinaccess.it.support.WebSession;

/**
 * Installing into a realm that already exists, as the README says: realm-config/add-to-existing-realm.sh, run
 * against a plain new realm, gives it what the shipped realm has (flows and their settings, required actions in
 * order, user profile, client policy, roles, clients, themes); its sign-in and request-access pages are ours;
 * a second run keeps everything as it is and gives the realm's own portal client, when named, the tins claim.
 */
@IntegrationTest
class ExistingRealmInstallIT {

    private static final String PREFIX = "tin-access ";

    @Test
    void theScriptGivesAPlainRealmTheShippedSettingsAndASecondRunKeepsThemAndNamesTheRealmsOwnPortal(TinAccessServer server) throws InterruptedException {
        ShellRecipe.requireTools("bash", "curl", "jq");
        String name = "existing-" + UUID.randomUUID().toString().substring(0, 8);
        RealmRepresentation plain = new RealmRepresentation();
        plain.setRealm(name);
        plain.setEnabled(true);
        server.admin().realms().create(plain);
        try {
            String output = addTinAccess(server, name, "");
            RealmResource existing = server.admin().realm(name);
            RealmRepresentation shipped = server.realm().toRepresentation();
            RealmRepresentation added = existing.toRepresentation();

            assertEquals(List.of("tin-access", "tin-access", "tin-access"), List.of(added.getLoginTheme(), added.getEmailTheme(), added.getAccountTheme()));
            assertTrue(added.isOrganizationsEnabled() && added.isRegistrationAllowed() && added.isRegistrationEmailAsUsername(), output);
            assertEquals(shipped.getAttributes().get("tinAccess.mfaMethods"), added.getAttributes().get("tinAccess.mfaMethods"));
            Map<String, String> bound = Map.of(
                    shipped.getBrowserFlow(), added.getBrowserFlow(),
                    shipped.getRegistrationFlow(), added.getRegistrationFlow(),
                    shipped.getDirectGrantFlow(), added.getDirectGrantFlow(),
                    shipped.getResetCredentialsFlow(), added.getResetCredentialsFlow());
            bound.forEach((shippedFlow, addedFlow) -> assertEquals(steps(server.realm(), shippedFlow), steps(existing, addedFlow), addedFlow));
            assertEquals(requiredActions(server.realm()), requiredActions(existing));
            List<String> profile = existing.users().userProfile().getConfiguration().getAttributes().stream().map(UPAttribute::getName).toList();
            server.realm().users().userProfile().getConfiguration().getAttributes()
                    .forEach(attribute -> assertTrue(profile.contains(attribute.getName()), attribute.getName() + " in " + profile));
            assertTrue(existing.clientPoliciesPoliciesResource().getPolicies().getPolicies().stream().anyMatch(p -> "tin-access".equals(p.getName())));
            assertNotNull(existing.roles().get("tin-reviewer").toRepresentation());
            assertTrue(existing.roles().get("default-roles-" + name).getClientRoleComposites(
                    existing.clients().findByClientId("tin-access-api").get(0).getId()).stream().anyMatch(r -> "console".equals(r.getName())),
                    "every user may open the console");

            WebSession person = new WebSession(server.baseUrl());
            WebSession.Page signIn = person.get(PortalClient.inRealm(server, name).authorizationUrl());
            assertNotNull(signIn.document().selectFirst("#username"), signIn.body());
            WebSession.Page request = person.get(signIn.document().selectFirst("#kc-registration a").absUrl("href"));
            assertNotNull(request.document().selectFirst("form#ta-request-contact"), "our request-access pages: " + request.body());

            // Again, now naming the realm's own portal client: it gets the tins claim's mapper and becomes the portal.
            ClientRepresentation planPortal = new ClientRepresentation();
            planPortal.setClientId("plan-portal");
            planPortal.setRedirectUris(List.of(server.portalUrl() + "/*"));
            existing.clients().create(planPortal).close();
            String again = addTinAccess(server, name, "PORTAL_CLIENT=plan-portal");
            assertTrue(again.contains("flow " + added.getBrowserFlow() + ": there already, kept"), again);
            assertTrue(existing.clients().get(existing.clients().findByClientId("plan-portal").get(0).getId()).getProtocolMappers().getMappers()
                    .stream().anyMatch(mapper -> "tin-access-tins".equals(mapper.getProtocolMapper())), again);
            assertEquals("plan-portal", existing.toRepresentation().getAttributes().get("tinAccess.portalClient"));
            bound.forEach((shippedFlow, addedFlow) -> assertEquals(steps(server.realm(), shippedFlow), steps(existing, addedFlow), addedFlow));
            assertEquals(requiredActions(server.realm()), requiredActions(existing));
        } finally {
            server.admin().realm(name).remove();
        }
    }

    private static String addTinAccess(TinAccessServer server, String realm, String environment) throws InterruptedException {
        Path script = Path.of(System.getProperty("tin-access.root", "..")).resolve("realm-config/add-to-existing-realm.sh").toAbsolutePath();
        // A token of its own, issued now: the admin client's cached one may have only seconds of its minute left,
        // and the script runs for longer than that (a CI run saw it expire half-way, 401).
        String token = server.admin().tokenManager().grantToken().getToken();
        String command = "KEYCLOAK_URL=" + server.baseUrl() + " REALM=" + realm + " TA_PORTAL_URL=" + server.portalUrl()
                + " KEYCLOAK_TOKEN=" + token + " " + environment + " bash " + script;
        try (ShellRecipe run = ShellRecipe.start(command, server)) {
            return run.awaitSuccess(Duration.ofMinutes(2));
        }
    }

    /** A flow as a list of its steps: depth, what runs (a sub-flow by its alias, without the prefix a copy may carry), requirement, settings. */
    private static List<String> steps(RealmResource realm, String flow) {
        return realm.flows().getExecutions(flow).stream().map(step -> step.getLevel() + " "
                + (Boolean.TRUE.equals(step.getAuthenticationFlow()) ? "flow " + unprefixed(step.getDisplayName()) : step.getProviderId())
                + " " + step.getRequirement() + " " + settings(realm, step)).toList();
    }

    private static Map<String, String> settings(RealmResource realm, AuthenticationExecutionInfoRepresentation step) {
        if (step.getAuthenticationConfig() == null) {
            return Map.of();
        }
        Map<String, String> config = new TreeMap<>(realm.flows().getAuthenticatorConfig(step.getAuthenticationConfig()).getConfig());
        config.computeIfPresent("flow_to_check", (key, flow) -> unprefixed(flow));
        return config;
    }

    private static String unprefixed(String alias) {
        return alias.startsWith(PREFIX) ? alias.substring(PREFIX.length()) : alias;
    }

    private static List<String> requiredActions(RealmResource realm) {
        return realm.flows().getRequiredActions().stream().filter(RequiredActionProviderRepresentation::isEnabled)
                .sorted(java.util.Comparator.comparingInt(RequiredActionProviderRepresentation::getPriority))
                .map(RequiredActionProviderRepresentation::getAlias).toList();
    }
}
