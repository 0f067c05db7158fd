package org.tinaccess.store;

import java.io.Serializable;
import java.util.Objects;

/** Composite key of {@link ProviderIdentifierEntity}: one row per (realm, kind, identifier). */
public class ProviderIdentifierId implements Serializable {

    private String realmId;
    private String kind;
    private String identifier;

    public ProviderIdentifierId() {
        // for JPA
    }

    public ProviderIdentifierId(String realmId, String kind, String identifier) {
        this.realmId = realmId;
        this.kind = kind;
        this.identifier = identifier;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProviderIdentifierId id && Objects.equals(realmId, id.realmId) && Objects.equals(kind, id.kind)
                && Objects.equals(identifier, id.identifier);
    }

    @Override
    public int hashCode() {
        return Objects.hash(realmId, kind, identifier);
    }
}
