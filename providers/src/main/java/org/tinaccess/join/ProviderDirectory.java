package org.tinaccess.join;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelException;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.organization.OrganizationProvider;
import org.tinaccess.provider.ProviderOrganization;
import org.tinaccess.store.AdminRequestStore;
import org.tinaccess.tin.Npi;
import org.tinaccess.tin.Tin;

/**
 * The join page's public search: registered providers only (a provider Organization whose TIN has
 * an admin), by NPI (exact) or by name (3+ characters), at most 20, TIN masked. A provider that
 * is not registered is never shown, so the search tells nothing about it.
 */
final class ProviderDirectory {

    /** Organization attribute holding the provider's NPIs. */
    static final String NPI_ATTRIBUTE = ProviderOrganization.NPI_ATTRIBUTE;
    static final int MAX_RESULTS = 20;
    static final int MIN_NAME_LENGTH = 3;

    /** A registered provider as the public may see it. */
    public record Provider(String id, String name, String maskedTin) {

        static Provider of(OrganizationModel organization) {
            return new Provider(organization.getId(), organization.getName(), Tin.parse(organization.getAlias()).orElseThrow().masked());
        }
    }

    private final KeycloakSession session;
    private final RealmModel realm;

    ProviderDirectory(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    List<Provider> byNpi(Npi npi) {
        return registered(organizations().getAllStream(Map.of(NPI_ATTRIBUTE, npi.digits()), 0, MAX_RESULTS * 2));
    }

    List<Provider> byName(String name) {
        return registered(organizations().getAllStream(name, false, 0, MAX_RESULTS * 2));
    }

    /** The registered provider {@code id}, as chosen on the page. */
    Optional<OrganizationModel> registered(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        OrganizationModel organization;
        try {
            organization = organizations().getById(id);
        } catch (ModelException ofAnotherRealm) {
            // Keycloak refuses an organization of another realm with an exception: here it is simply not one of ours.
            return Optional.empty();
        }
        return organization != null && isRegistered(organization) ? Optional.of(organization) : Optional.empty();
    }

    private List<Provider> registered(Stream<OrganizationModel> candidates) {
        return candidates.filter(this::isRegistered)
                .limit(MAX_RESULTS)
                .map(Provider::of)
                .toList();
    }

    private boolean isRegistered(OrganizationModel organization) {
        return organization.isEnabled() && Tin.parse(organization.getAlias()).isPresent()
                && new AdminRequestStore(session, realm.getId()).hasAdmin(organization.getAlias());
    }

    private OrganizationProvider organizations() {
        return session.getProvider(OrganizationProvider.class);
    }
}
