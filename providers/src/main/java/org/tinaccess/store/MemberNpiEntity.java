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
public class MemberNpiEntity extends MemberValueEntity {

    @Id
    @Column(name = "NPI", length = 10, nullable = false)
    private String npi;

    protected MemberNpiEntity() {
        // for JPA
    }

    public MemberNpiEntity(String realmId, String orgId, String userId, String npi) {
        super(realmId, orgId, userId);
        this.npi = npi;
    }

    public String getNpi() {
        return npi;
    }
}
