package org.tinaccess.provider;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

/**
 * The Organization attribute that marks a provider Organization as a billing service (the plan:
 * "third party or billing organization"). Here rather than in billing/ because members/ needs it too
 * (a provider may not add a billing service's staff), and billing/ depends on members/.
 */
public final class BillingServiceMark {

    /** The Organization attribute, {@code ["true"]} on a billing service. */
    public static final String ATTRIBUTE = "billingService";

    private BillingServiceMark() {}

    public static boolean isBillingService(OrganizationModel organization) {
        List<String> values = organization == null ? null : organization.getAttributes().get(ATTRIBUTE);
        return values != null && values.contains("true");
    }

    public static void mark(OrganizationModel organization) {
        if (!isBillingService(organization)) {
            Map<String, List<String>> attributes = new HashMap<>(organization.getAttributes());
            attributes.put(ATTRIBUTE, List.of("true"));
            organization.setAttributes(attributes);
        }
    }

    /** Whether {@code user} belongs to a billing service other than {@code except} (its staff register separately). */
    public static boolean isStaffOfAnotherService(KeycloakSession session, UserModel user, OrganizationModel except) {
        return session.getProvider(OrganizationProvider.class).getByMember(user)
                .anyMatch(organization -> isBillingService(organization) && (except == null || !organization.getId().equals(except.getId())));
    }
}
