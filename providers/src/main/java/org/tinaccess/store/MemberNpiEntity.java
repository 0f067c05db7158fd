package org.tinaccess.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * One of the provider's Type 2 NPIs a member's access is limited to (the admin manages
 * access "for NPIs and locations" within the TIN). A member with none is not limited.
 */
@Entity
@Table(name = "TA_MEMBER_NPI")
@IdClass(MemberNpiId.class)
public class MemberNpiEntity {

    @Id
    @Column(name = "ORG_ID", length = 36, nullable = false)
    private String orgId;

    @Id
    @Column(name = "USER_ID", length = 36, nullable = false)
    private String userId;

    @Id
    @Column(name = "NPI", length = 10, nullable = false)
    private String npi;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    protected MemberNpiEntity() {
        // for JPA
    }

    public MemberNpiEntity(String realmId, String orgId, String userId, String npi) {
        this.realmId = realmId;
        this.orgId = orgId;
        this.userId = userId;
        this.npi = npi;
    }

    public String getOrgId() {
        return orgId;
    }

    public String getUserId() {
        return userId;
    }

    public String getNpi() {
        return npi;
    }
}
