package org.tinaccess.revocation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a change takes something away from what a person's {@code tins} claim gave them. Only such
 * a change ends the person's sessions at the relying portals: access that grows waits for the next
 * token, as it always did. Pure, so it is tested without a server.
 */
public final class AccessNarrowing {

    private AccessNarrowing() {}

    /** An entitlement the person had is gone. */
    public static boolean entitlements(Collection<String> before, Collection<String> after) {
        return !Set.copyOf(after).containsAll(before);
    }

    /**
     * The NPIs a membership is limited to; an empty list means the whole TIN. A new limit on an
     * unlimited membership narrows it, and so does a limit without one of the NPIs it had; lifting
     * the limit widens it.
     */
    public static boolean npiLimit(Collection<String> before, Collection<String> after) {
        if (after.isEmpty()) {
            return false;
        }
        return before.isEmpty() || !Set.copyOf(after).containsAll(before);
    }

    /**
     * A billing service user's clients, per client grant the entitlements assigned: a client taken
     * away, or an entitlement for a client taken away.
     */
    public static boolean clientAssignments(Map<String, List<String>> before, Map<String, List<String>> after) {
        return before.entrySet().stream()
                .anyMatch(client -> !after.containsKey(client.getKey()) || entitlements(client.getValue(), after.get(client.getKey())));
    }
}
