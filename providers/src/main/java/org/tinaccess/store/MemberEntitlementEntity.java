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
public class MemberEntitlementEntity extends MemberValueEntity {

    @Id
    @Column(name = "ENTITLEMENT", length = 64, nullable = false)
    private String entitlement;

    protected MemberEntitlementEntity() {
        // for JPA
    }

    public MemberEntitlementEntity(String realmId, String orgId, String userId, String entitlement) {
        super(realmId, orgId, userId);
        this.entitlement = entitlement;
    }

    public String getEntitlement() {
        return entitlement;
    }
}
