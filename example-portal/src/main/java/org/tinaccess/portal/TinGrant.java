package org.tinaccess.portal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One TIN of the signed-in person, as the token's {@code tins} claim states it:
 * {@code {"123456789": {"role": "admin", "entitlements": ["claims", "eligibility"]}}}. The portal
 * offers its functions per TIN from the entitlements; the role says who manages the TIN's users.
 */
public record TinGrant(String tin, String role, List<String> entitlements) {

    public static final String ADMIN = "admin";

    /** The grants in a {@code tins} claim (a JSON object, as the OIDC library hands it over), by TIN. */
    public static List<TinGrant> fromClaim(Object claim) {
        List<TinGrant> grants = new ArrayList<>();
        if (claim instanceof Map<?, ?> tins) {
            tins.forEach((tin, value) -> {
                if (value instanceof Map<?, ?> grant) {
                    grants.add(new TinGrant(String.valueOf(tin), String.valueOf(grant.get("role")), entitlements(grant.get("entitlements"))));
                }
            });
        }
        grants.sort(Comparator.comparing(TinGrant::tin));
        return List.copyOf(grants);
    }

    private static List<String> entitlements(Object value) {
        if (!(value instanceof List<?> names)) {
            return List.of();
        }
        return names.stream().map(String::valueOf).sorted().toList();
    }

    public boolean isAdmin() {
        return ADMIN.equals(role);
    }

    /** Whole to its admin, masked ({@code **-***6789}) to everyone else, as TIN Access's own pages show it. */
    public String shown() {
        if (tin.length() != 9) {
            return tin;
        }
        return isAdmin() ? tin.substring(0, 2) + "-" + tin.substring(2) : "**-***" + tin.substring(5);
    }
}
