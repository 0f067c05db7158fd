package org.tinaccess.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * An identifier a provider was given on approval (a Type 2 NPI, an agency's NPN) and the one
 * provider Organization that holds it in a realm: the primary key (REALM_ID, KIND, IDENTIFIER) lets
 * no second provider take it, whoever types it.
 */
@Entity
@Table(name = "TA_PROVIDER_IDENTIFIER")
@IdClass(ProviderIdentifierId.class)
public class ProviderIdentifierEntity {

    /** The kinds of identifier. */
    public static final String NPI = "NPI";
    public static final String AGENCY_NPN = "AGENCY_NPN";

    @Id
    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Id
    @Column(name = "KIND", length = 16, nullable = false)
    private String kind;

    @Id
    @Column(name = "IDENTIFIER", length = 10, nullable = false)
    private String identifier;

    @Column(name = "ORG_ID", length = 36, nullable = false)
    private String orgId;

    @Column(name = "CLAIMED_AT", nullable = false)
    private long claimedAt;

    protected ProviderIdentifierEntity() {
        // for JPA
    }

    public ProviderIdentifierEntity(String realmId, String kind, String identifier, String orgId, long claimedAt) {
        this.realmId = realmId;
        this.kind = kind;
        this.identifier = identifier;
        this.orgId = orgId;
        this.claimedAt = claimedAt;
    }

    public String getOrgId() {
        return orgId;
    }

    /** A reviewer gave the identifier to another provider. */
    public void moveTo(String newOrgId, long at) {
        this.orgId = newOrgId;
        this.claimedAt = at;
    }
}
