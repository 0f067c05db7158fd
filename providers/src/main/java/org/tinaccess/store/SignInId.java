package org.tinaccess.store;

import java.io.Serializable;
import java.util.Objects;

/** Primary key of {@link SignInEntity}: (REALM_ID, USER_ID). */
public class SignInId implements Serializable {

    private String realmId;
    private String userId;

    public SignInId() {
        // for JPA
    }

    public SignInId(String realmId, String userId) {
        this.realmId = realmId;
        this.userId = userId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignInId id && Objects.equals(realmId, id.realmId) && Objects.equals(userId, id.userId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(realmId, userId);
    }
}
