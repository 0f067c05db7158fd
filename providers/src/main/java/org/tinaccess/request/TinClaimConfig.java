package org.tinaccess.request;

import java.util.List;
import java.util.Map;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.AuthenticationFlowModel;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.RealmModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.tinaccess.settings.DisclosureMode;

/** The {@code tin-claim} execution's configuration, with its defaults. */
public record TinClaimConfig(DisclosureMode disclosure) {

    public static final String DISCLOSURE = "disclosure";

    static final List<ProviderConfigProperty> PROPERTIES = ProviderConfigurationBuilder.create()
            .property()
            .name(DISCLOSURE)
            .label("TIN disclosure")
            .helpText("at-review: the request page never says whether a TIN already has an admin (reviewers deny such lines);"
                    + " immediate: a TIN with an admin is refused on the page, revealing that it is registered.")
            .type(ProviderConfigProperty.LIST_TYPE)
            .options(DisclosureMode.AT_REVIEW.value(), DisclosureMode.IMMEDIATE.value())
            .defaultValue(DisclosureMode.AT_REVIEW.value())
            .add()
            .build();

    public static TinClaimConfig of(AuthenticatorConfigModel model) {
        Map<String, String> config = model == null || model.getConfig() == null ? Map.of() : model.getConfig();
        return new TinClaimConfig(DisclosureMode.fromConfig(config.get(DISCLOSURE)));
    }

    /** The configuration of the {@code tin-claim} step in the realm's registration flow. */
    public static TinClaimConfig forRealm(RealmModel realm) {
        AuthenticationFlowModel flow = realm.getRegistrationFlow();
        if (flow == null) {
            return of(null);
        }
        return realm.getAuthenticationExecutionsStream(flow.getId())
                .filter(execution -> TinClaimAuthenticatorFactory.PROVIDER_ID.equals(execution.getAuthenticator()))
                .map(AuthenticationExecutionModel::getAuthenticatorConfig)
                .filter(id -> id != null)
                .map(realm::getAuthenticatorConfigById)
                .map(TinClaimConfig::of)
                .findFirst()
                .orElseGet(() -> of(null));
    }
}
