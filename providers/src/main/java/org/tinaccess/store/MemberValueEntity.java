package org.tinaccess.store;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A value kept beside a membership, one row each, gone with it (an entitlement, an NPI limit): the
 * member's provider Organization and user are part of the key, the realm is there to query by.
 */
@MappedSuperclass
public abstract class MemberValueEntity {

    @Id
    @Column(name = "ORG_ID", length = 36, nullable = false)
    private String orgId;

    @Id
    @Column(name = "USER_ID", length = 36, nullable = false)
    private String userId;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    protected MemberValueEntity() {
        // for JPA
    }

    protected MemberValueEntity(String realmId, String orgId, String userId) {
        this.realmId = realmId;
        this.orgId = orgId;
        this.userId = userId;
    }

    public String getRealmId() {
        return realmId;
    }

    public String getOrgId() {
        return orgId;
    }

    public String getUserId() {
        return userId;
    }
}
