package org.tinaccess.it.support;

import java.util.List;
import org.keycloak.representations.idm.OrganizationRepresentation;

/** The provider Organizations TIN Access keeps, looked up by TIN (the alias) through the admin API. */
public final class Providers {

    private Providers() {}

    /** Every organization whose alias is {@code tin}: zero or one, since aliases are unique. */
    public static List<OrganizationRepresentation> withTin(TinAccessServer server, String tin) {
        // The admin API searches names, not aliases: page through all of this run's organizations.
        return server.realm().organizations().search(null, false, 0, 100_000).stream()
                .filter(org -> tin.equals(org.getAlias()))
                .toList();
    }

    public static OrganizationRepresentation ofTin(TinAccessServer server, String tin) {
        List<OrganizationRepresentation> found = withTin(server, tin);
        if (found.size() != 1) {
            throw new AssertionError("Expected one organization with alias " + tin + ", found " + found.size());
        }
        return found.get(0);
    }
}
