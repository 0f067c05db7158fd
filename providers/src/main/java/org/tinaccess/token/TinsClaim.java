package org.tinaccess.token;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The {@code tins} claim relying portals read: each TIN the user belongs to, with the user's role
 * there and the portal functions they may use, e.g.
 * {@code {"123456789": {"role": "admin", "entitlements": ["claims"]}}}, and, for a member the admin
 * limited to some of the provider's Type 2 NPIs, those NPIs ({@code "npis": ["1234567893"]}; no
 * {@code npis}: the whole TIN). A billing service's user also finds the clients they act for, marked
 * with the service's TIN ({@code "via": "123456789"}), with the entitlements both the client's grant
 * and the user's assignment give. An insurance agency's TIN is listed like any provider's, with the
 * agency's National Producer Number ({@code "npn": "19294727"}); the agent's own NPN is the separate
 * {@code npn} claim. Pure, so it is tested without a server.
 */
public final class TinsClaim {

    public static final String NAME = "tins";
    public static final String ADMIN = "admin";
    public static final String USER = "user";
    /** A member the TIN's admin named to stand in for them, who agreed: portals may treat them as the TIN's deputy. */
    public static final String BACKUP_ADMIN = "backup-admin";

    private TinsClaim() {}

    /**
     * A client TIN a user may act for through a billing service.
     *
     * @param granted what the client granted the service
     * @param assigned what the service's admin assigned this user for the client
     */
    public record ViaService(String clientTin, String serviceTin, Collection<String> granted, Collection<String> assigned) {}

    /**
     * As {@link #build(Collection, Set, Map, Map, List)}, with {@code agencyNpns}: per TIN the user
     * belongs to that is an insurance agency, the agency's NPN.
     */
    public static Map<String, Object> build(Collection<String> memberOf, Set<String> administered, Map<String, List<String>> entitlements,
            Map<String, List<String>> npis, List<ViaService> clients, Map<String, String> agencyNpns) {
        return build(memberOf, administered, Set.of(), entitlements, npis, clients, agencyNpns);
    }

    /** As {@link #build(Collection, Set, Map, Map, List, Map)}, with {@code backups}: the TINs where the user is a backup admin. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> build(Collection<String> memberOf, Set<String> administered, Set<String> backups,
            Map<String, List<String>> entitlements, Map<String, List<String>> npis, List<ViaService> clients, Map<String, String> agencyNpns) {
        Map<String, Object> claim = build(memberOf, administered, backups, entitlements, npis);
        addClients(claim, clients);
        agencyNpns.forEach((tin, npn) -> {
            if (claim.get(tin) instanceof Map<?, ?> entry && !entry.containsKey("via")) {
                ((Map<String, Object>) entry).put("npn", npn);
            }
        });
        return claim;
    }

    /** As {@link #build(Collection, Set, Map, Map)}, with the clients the user acts for through billing services. */
    public static Map<String, Object> build(Collection<String> memberOf, Set<String> administered, Map<String, List<String>> entitlements,
            Map<String, List<String>> npis, List<ViaService> clients) {
        Map<String, Object> claim = build(memberOf, administered, Set.of(), entitlements, npis);
        addClients(claim, clients);
        return claim;
    }

    private static void addClients(Map<String, Object> claim, List<ViaService> clients) {
        clients.stream()
                .sorted(Comparator.comparing(ViaService::clientTin).thenComparing(ViaService::serviceTin))
                // A TIN the user belongs to in their own right keeps that entry; two services for one client: the first by TIN.
                .filter(client -> !claim.containsKey(client.clientTin()))
                .forEach(client -> {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("role", USER);
                    entry.put("entitlements", client.assigned().stream().filter(client.granted()::contains).distinct().sorted().toList());
                    entry.put("via", client.serviceTin());
                    claim.put(client.clientTin(), entry);
                });
    }

    /**
     * @param memberOf the TINs (nine digits) of the providers the user is a member of
     * @param administered the TINs whose admin claim the user holds
     * @param entitlements per TIN, the entitlements granted; missing means none
     * @param npis per TIN, the NPIs the user is limited to; missing means not limited
     */
    public static Map<String, Object> build(Collection<String> memberOf, Set<String> administered, Map<String, List<String>> entitlements,
            Map<String, List<String>> npis) {
        return build(memberOf, administered, Set.of(), entitlements, npis);
    }

    /** As {@link #build(Collection, Set, Map, Map)}; {@code backups}: the TINs where the user is a backup admin (the admin role wins). */
    public static Map<String, Object> build(Collection<String> memberOf, Set<String> administered, Set<String> backups,
            Map<String, List<String>> entitlements, Map<String, List<String>> npis) {
        Map<String, Object> claim = new TreeMap<>();
        for (String tin : memberOf) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("role", administered.contains(tin) ? ADMIN : backups.contains(tin) ? BACKUP_ADMIN : USER);
            entry.put("entitlements", entitlements.getOrDefault(tin, List.of()).stream().sorted().toList());
            List<String> limitedTo = npis.getOrDefault(tin, List.of());
            if (!limitedTo.isEmpty()) {
                entry.put("npis", limitedTo.stream().sorted().toList());
            }
            claim.put(tin, entry);
        }
        return claim;
    }
}
