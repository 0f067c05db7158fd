package org.tinaccess.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * The one admin of a TIN in a realm. The primary key (REALM_ID, TIN) is what makes "exactly one
 * admin per TIN" true under concurrency: claiming is an INSERT that either wins or fails.
 */
@Entity
@Table(name = "TA_ADMIN_CLAIM")
@IdClass(AdminClaimId.class)
public class AdminClaimEntity {

    @Id
    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Id
    @Column(name = "TIN", length = 9, nullable = false)
    private String tin;

    @Column(name = "USER_ID", length = 36, nullable = false)
    private String userId;

    @Column(name = "REQUEST_ID", length = 36)
    private String requestId;

    @Column(name = "CLAIMED_AT", nullable = false)
    private long claimedAt;

    protected AdminClaimEntity() {
        // for JPA
    }

    public AdminClaimEntity(String realmId, String tin, String userId, String requestId, long claimedAt) {
        this.realmId = realmId;
        this.tin = tin;
        this.userId = userId;
        this.requestId = requestId;
        this.claimedAt = claimedAt;
    }

    public String getRealmId() {
        return realmId;
    }

    public String getTin() {
        return tin;
    }

    public String getUserId() {
        return userId;
    }

    public String getRequestId() {
        return requestId;
    }

    public long getClaimedAt() {
        return claimedAt;
    }
}
