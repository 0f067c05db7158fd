package org.tinaccess.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/**
 * A billing service's user assigned to one of the service's client grants, with the entitlements
 * the service's admin gave them there (the token carries only those the grant still allows).
 */
@Entity
@Table(name = "TA_CLIENT_ASSIGNMENT")
@IdClass(ClientAssignmentId.class)
public class ClientAssignmentEntity {

    @Id
    @Column(name = "GRANT_ID", length = 36, nullable = false)
    private String grantId;

    @Id
    @Column(name = "USER_ID", length = 36, nullable = false)
    private String userId;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "ENTITLEMENTS", length = 500)
    private String entitlements;

    protected ClientAssignmentEntity() {
        // for JPA
    }

    public ClientAssignmentEntity(String realmId, String grantId, String userId, List<String> entitlements) {
        this.realmId = realmId;
        this.grantId = grantId;
        this.userId = userId;
        this.entitlements = ClientGrantEntity.joined(entitlements);
    }

    public String getGrantId() {
        return grantId;
    }

    public String getUserId() {
        return userId;
    }

    public List<String> getEntitlements() {
        return entitlements == null || entitlements.isBlank() ? List.of() : Arrays.stream(entitlements.split(",")).sorted().toList();
    }
}
