package org.tinaccess.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * An agent's National Producer Number and the one account that holds it in a realm. The primary key
 * (REALM_ID, NPN) settles races between two accounts; the unique key (REALM_ID, USER_ID) gives an
 * account a single NPN.
 */
@Entity
@Table(name = "TA_AGENT_NPN")
@IdClass(AgentNpnId.class)
public class AgentNpnEntity {

    @Id
    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Id
    @Column(name = "NPN", length = 10, nullable = false)
    private String npn;

    @Column(name = "USER_ID", length = 36, nullable = false)
    private String userId;

    @Column(name = "CLAIMED_AT", nullable = false)
    private long claimedAt;

    protected AgentNpnEntity() {
        // for JPA
    }

    public AgentNpnEntity(String realmId, String npn, String userId, long claimedAt) {
        this.realmId = realmId;
        this.npn = npn;
        this.userId = userId;
        this.claimedAt = claimedAt;
    }

    public String getRealmId() {
        return realmId;
    }

    public String getNpn() {
        return npn;
    }

    public String getUserId() {
        return userId;
    }

    public long getClaimedAt() {
        return claimedAt;
    }
}
