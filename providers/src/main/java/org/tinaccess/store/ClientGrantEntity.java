package org.tinaccess.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * A billing service's request to act for a client provider and the client admin's answer. The
 * client is what the service typed ({@code clientRef}: a TIN or an NPI); {@code clientOrgId} and
 * {@code clientTin} are set only when the plan knows that provider, so an unknown one simply never
 * has an approver. {@code openClient} is the client's key while the grant is open, null after.
 */
@Entity
@Table(name = "TA_CLIENT_GRANT")
public class ClientGrantEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "SERVICE_ORG_ID", length = 36, nullable = false)
    private String serviceOrgId;

    @Column(name = "SERVICE_TIN", length = 9, nullable = false)
    private String serviceTin;

    @Column(name = "CLIENT_REF", length = 10, nullable = false)
    private String clientRef;

    @Column(name = "CLIENT_ORG_ID", length = 36)
    private String clientOrgId;

    @Column(name = "CLIENT_TIN", length = 9)
    private String clientTin;

    @Column(name = "STATUS", length = 16, nullable = false)
    private String status;

    @Column(name = "ENTITLEMENTS", length = 500)
    private String entitlements;

    @Column(name = "REQUESTED_BY", length = 36, nullable = false)
    private String requestedBy;

    @Column(name = "REQUESTED_AT", nullable = false)
    private long requestedAt;

    @Column(name = "DECIDED_BY", length = 36)
    private String decidedBy;

    @Column(name = "DECIDED_AT")
    private Long decidedAt;

    @Column(name = "NOTE", length = 500)
    private String note;

    @Column(name = "RESENT", nullable = false)
    private boolean resent;

    @Column(name = "OPEN_CLIENT", length = 48)
    private String openClient;

    protected ClientGrantEntity() {
        // for JPA
    }

    public ClientGrantEntity(String id, String realmId, String serviceOrgId, String serviceTin, String clientRef, String clientOrgId,
            String clientTin, String requestedBy, long requestedAt) {
        this.id = id;
        this.realmId = realmId;
        this.serviceOrgId = serviceOrgId;
        this.serviceTin = serviceTin;
        this.clientRef = clientRef;
        this.clientOrgId = clientOrgId;
        this.clientTin = clientTin;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.status = ClientGrantStatus.PENDING.name();
        this.openClient = clientKey(clientOrgId, clientRef);
    }

    /** The key one open grant per service and client is enforced on: the provider when known, else what was typed. */
    public static String clientKey(String clientOrgId, String clientRef) {
        return clientOrgId != null ? clientOrgId : "ref:" + clientRef;
    }

    public static String joined(Collection<String> names) {
        return String.join(",", names);
    }

    public String getId() {
        return id;
    }

    public String getRealmId() {
        return realmId;
    }

    public String getServiceOrgId() {
        return serviceOrgId;
    }

    public String getServiceTin() {
        return serviceTin;
    }

    public String getClientRef() {
        return clientRef;
    }

    public String getClientOrgId() {
        return clientOrgId;
    }

    public String getClientTin() {
        return clientTin;
    }

    public ClientGrantStatus getStatus() {
        return ClientGrantStatus.valueOf(status);
    }

    public List<String> getEntitlements() {
        return entitlements == null || entitlements.isBlank() ? List.of() : Arrays.stream(entitlements.split(",")).sorted().toList();
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public long getRequestedAt() {
        return requestedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Long getDecidedAt() {
        return decidedAt;
    }

    public String getNote() {
        return note;
    }

    public boolean isResent() {
        return resent;
    }

    public void setResent(boolean resent) {
        this.resent = resent;
    }
}
