package org.tinaccess.provider;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.models.OrganizationModel;
import org.tinaccess.tin.Npn;

/**
 * The Organization attribute that marks a provider Organization as an insurance agency, with the
 * agency's National Producer Number. The agency keeps its TIN as the alias like any
 * provider; its admin manages its agents as a TIN admin manages users, and each agent gives their own
 * NPN (see {@code members/AgentNpns}).
 */
public final class AgencyMark {

    /** The Organization attribute holding the agency's NPN; absent on every other provider. */
    public static final String ATTRIBUTE = "agencyNpn";

    private AgencyMark() {}

    public static boolean isAgency(OrganizationModel organization) {
        return npn(organization).isPresent();
    }

    public static Optional<Npn> npn(OrganizationModel organization) {
        List<String> values = organization == null ? null : organization.getAttributes().get(ATTRIBUTE);
        return values == null || values.isEmpty() ? Optional.empty() : Npn.parse(values.get(0));
    }

    /** Marks the provider an agency with {@code npn}; a later approval with another NPN replaces it. */
    public static void mark(OrganizationModel organization, Npn npn) {
        if (!npn(organization).equals(Optional.of(npn))) {
            Map<String, List<String>> attributes = new HashMap<>(organization.getAttributes());
            attributes.put(ATTRIBUTE, List.of(npn.digits()));
            organization.setAttributes(attributes);
        }
    }
}
