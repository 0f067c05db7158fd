package org.tinaccess.provider;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;
import org.tinaccess.tin.Npi;
import org.tinaccess.tin.Tin;

/**
 * The provider behind a TIN, kept as a Keycloak Organization whose alias is the TIN's nine digits.
 * Its name must be unique in the realm, so it carries the masked TIN (and, if two providers share
 * a name and last four digits, the request's reference).
 */
public final class ProviderOrganization {

    private ProviderOrganization() {}

    /** The provider of {@code tin}, created on its first approval. */
    public static OrganizationModel ensure(KeycloakSession session, Tin tin, String organizationName, String reference) {
        OrganizationProvider organizations = session.getProvider(OrganizationProvider.class);
        OrganizationModel organization = organizations.getByAlias(tin.digits());
        if (organization == null) {
            organization = organizations.create(uniqueName(organizations, tin, organizationName, reference), tin.digits());
        }
        return organization;
    }

    /** The organisation attribute holding the provider's Type 2 NPIs, one value each (the join page searches it). */
    public static final String NPI_ATTRIBUTE = "npi";

    /** Adds {@code npis} to the provider's Type 2 NPIs (those it has stay). */
    public static void addNpis(OrganizationModel organization, List<Npi> npis) {
        List<String> values = new ArrayList<>(npis(organization));
        npis.stream().map(Npi::digits).filter(npi -> !values.contains(npi)).forEach(values::add);
        if (values.size() != npis(organization).size()) {
            Map<String, List<String>> attributes = new HashMap<>(organization.getAttributes());
            attributes.put(NPI_ATTRIBUTE, values);
            organization.setAttributes(attributes);
        }
    }

    /** Takes {@code npi} out of the provider's Type 2 NPIs. */
    public static void removeNpi(OrganizationModel organization, String npi) {
        List<String> values = new ArrayList<>(npis(organization));
        if (values.remove(npi)) {
            Map<String, List<String>> attributes = new HashMap<>(organization.getAttributes());
            attributes.put(NPI_ATTRIBUTE, values);
            organization.setAttributes(attributes);
        }
    }

    /** The provider's Type 2 NPIs, as stored. */
    public static List<String> npis(OrganizationModel organization) {
        List<String> values = organization.getAttributes().get(NPI_ATTRIBUTE);
        return values == null ? List.of() : values;
    }

    public static void addMember(KeycloakSession session, OrganizationModel organization, UserModel user) {
        OrganizationProvider organizations = session.getProvider(OrganizationProvider.class);
        if (!organizations.isMember(organization, user)) {
            organizations.addMember(organization, user);
        }
    }

    /** The provider of {@code tin}, or {@code null} when no admin was ever approved for it. */
    public static OrganizationModel of(KeycloakSession session, Tin tin) {
        return session.getProvider(OrganizationProvider.class).getByAlias(tin.digits());
    }

    public static void removeMember(KeycloakSession session, OrganizationModel organization, UserModel user) {
        OrganizationProvider organizations = session.getProvider(OrganizationProvider.class);
        if (organizations.isMember(organization, user)) {
            organizations.removeMember(organization, user);
        }
    }

    private static String uniqueName(OrganizationProvider organizations, Tin tin, String organizationName, String reference) {
        String name = organizationName + " (" + tin.masked() + ")";
        boolean taken = organizations.getAllStream(name, true, 0, 1).findAny().isPresent();
        return taken ? name + " " + reference : name;
    }
}
