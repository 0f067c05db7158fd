package org.tinaccess.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** When an account last signed in to the realm (one row per account, written at sign-in). */
@Entity
@Table(name = "TA_SIGN_IN")
@IdClass(SignInId.class)
public class SignInEntity {

    @Id
    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Id
    @Column(name = "USER_ID", length = 36, nullable = false)
    private String userId;

    @Column(name = "LAST_AT", nullable = false)
    private long lastAt;

    /** When the warning that the account's access would be suspended for idleness went out. */
    @Column(name = "WARNED_AT")
    private Long warnedAt;

    /** When the account's memberships were suspended for idleness. */
    @Column(name = "IDLE_SUSPENDED_AT")
    private Long idleSuspendedAt;

    protected SignInEntity() {
        // for JPA
    }

    SignInEntity(String realmId, String userId, long lastAt) {
        this.realmId = realmId;
        this.userId = userId;
        this.lastAt = lastAt;
    }

    public long getLastAt() {
        return lastAt;
    }

    void setLastAt(long lastAt) {
        this.lastAt = lastAt;
    }

    public String getUserId() {
        return userId;
    }

    public void warned(long now) {
        this.warnedAt = now;
    }

    public void idleSuspended(long now) {
        this.idleSuspendedAt = now;
    }
}
