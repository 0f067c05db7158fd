package org.tinaccess.store;

import java.io.Serializable;
import java.util.Objects;

/** Composite key of {@link ClientAssignmentEntity}. */
public class ClientAssignmentId implements Serializable {

    private String grantId;
    private String userId;

    public ClientAssignmentId() {
        // for JPA
    }

    public ClientAssignmentId(String grantId, String userId) {
        this.grantId = grantId;
        this.userId = userId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ClientAssignmentId id && Objects.equals(grantId, id.grantId) && Objects.equals(userId, id.userId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(grantId, userId);
    }
}
