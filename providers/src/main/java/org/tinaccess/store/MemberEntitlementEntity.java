package org.tinaccess.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One portal function (e.g. {@code claims}) a member of a provider organisation may use. */
@Entity
@Table(name = "TA_MEMBER_ENTITLEMENT")
@IdClass(MemberEntitlementId.class)
public class MemberEntitlementEntity {

    @Id
    @Column(name = "ORG_ID", length = 36, nullable = false)
    private String orgId;

    @Id
    @Column(name = "USER_ID", length = 36, nullable = false)
    private String userId;

    @Id
    @Column(name = "ENTITLEMENT", length = 64, nullable = false)
    private String entitlement;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    protected MemberEntitlementEntity() {
        // for JPA
    }

    public MemberEntitlementEntity(String realmId, String orgId, String userId, String entitlement) {
        this.realmId = realmId;
        this.orgId = orgId;
        this.userId = userId;
        this.entitlement = entitlement;
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

    public String getEntitlement() {
        return entitlement;
    }
}
