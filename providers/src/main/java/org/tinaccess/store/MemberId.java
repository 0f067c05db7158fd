package org.tinaccess.store;

import java.io.Serializable;
import java.util.Objects;

/** Primary key of {@link MemberEntity}: (REALM_ID, TIN, USER_ID). */
public class MemberId implements Serializable {

    private String realmId;
    private String tin;
    private String userId;

    public MemberId() {
        // for JPA
    }

    public MemberId(String realmId, String tin, String userId) {
        this.realmId = realmId;
        this.tin = tin;
        this.userId = userId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MemberId id && Objects.equals(realmId, id.realmId) && Objects.equals(tin, id.tin)
                && Objects.equals(userId, id.userId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(realmId, tin, userId);
    }
}
