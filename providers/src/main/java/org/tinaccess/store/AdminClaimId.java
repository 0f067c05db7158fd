package org.tinaccess.store;

import java.io.Serializable;
import java.util.Objects;

/** Composite key of {@link AdminClaimEntity}: one row per (realm, TIN). */
public class AdminClaimId implements Serializable {

    private String realmId;
    private String tin;

    public AdminClaimId() {
        // for JPA
    }

    public AdminClaimId(String realmId, String tin) {
        this.realmId = realmId;
        this.tin = tin;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AdminClaimId id && Objects.equals(realmId, id.realmId) && Objects.equals(tin, id.tin);
    }

    @Override
    public int hashCode() {
        return Objects.hash(realmId, tin);
    }
}
