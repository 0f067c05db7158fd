package org.tinaccess.store;

import java.io.Serializable;
import java.util.Objects;

/** Composite key of {@link MemberEntitlementEntity}. */
public class MemberEntitlementId implements Serializable {

    private String orgId;
    private String userId;
    private String entitlement;

    public MemberEntitlementId() {
        // for JPA
    }

    public MemberEntitlementId(String orgId, String userId, String entitlement) {
        this.orgId = orgId;
        this.userId = userId;
        this.entitlement = entitlement;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MemberEntitlementId id
                && Objects.equals(orgId, id.orgId)
                && Objects.equals(userId, id.userId)
                && Objects.equals(entitlement, id.entitlement);
    }

    @Override
    public int hashCode() {
        return Objects.hash(orgId, userId, entitlement);
    }
}
