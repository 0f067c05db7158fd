package org.tinaccess.store;

import java.io.Serializable;
import java.util.Objects;

/** Composite key of {@link MemberNpiEntity}. */
public class MemberNpiId implements Serializable {

    private String orgId;
    private String userId;
    private String npi;

    public MemberNpiId() {
        // for JPA
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MemberNpiId id && Objects.equals(orgId, id.orgId) && Objects.equals(userId, id.userId)
                && Objects.equals(npi, id.npi);
    }

    @Override
    public int hashCode() {
        return Objects.hash(orgId, userId, npi);
    }
}
