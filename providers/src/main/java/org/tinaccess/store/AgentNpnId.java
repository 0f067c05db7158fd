package org.tinaccess.store;

import java.io.Serializable;
import java.util.Objects;

/** Composite key of {@link AgentNpnEntity}: one row per (realm, NPN). */
public class AgentNpnId implements Serializable {

    private String realmId;
    private String npn;

    public AgentNpnId() {
        // for JPA
    }

    public AgentNpnId(String realmId, String npn) {
        this.realmId = realmId;
        this.npn = npn;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AgentNpnId id && Objects.equals(realmId, id.realmId) && Objects.equals(npn, id.npn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(realmId, npn);
    }
}
