package org.tinaccess.billing;

import java.util.List;
import org.tinaccess.store.ClientGrantEntity;

/**
 * A client grant as the API shows it. The service sees what it typed ({@code client}) and the
 * provider's name only once the provider approved, so a pending request never tells whether the
 * plan knows that TIN or NPI; the client's admin sees the service's name and masked TIN.
 */
public record ClientGrant(String id, String client, String clientName, String service, String serviceName, String status,
        List<String> entitlements, long requestedAt, Long decidedAt, String note, boolean resent) {

    static ClientGrant forService(ClientGrantEntity grant, String clientName) {
        boolean answered = grant.getDecidedBy() != null && grant.getClientTin() != null;
        return new ClientGrant(grant.getId(), grant.getClientRef(), answered ? clientName : null, grant.getServiceTin(), null,
                grant.getStatus().label(), grant.getEntitlements(), grant.getRequestedAt(), grant.getDecidedAt(), grant.getNote(),
                grant.isResent());
    }

    static ClientGrant forClient(ClientGrantEntity grant, String serviceName, String maskedServiceTin) {
        return new ClientGrant(grant.getId(), grant.getClientTin(), null, maskedServiceTin, serviceName, grant.getStatus().label(),
                grant.getEntitlements(), grant.getRequestedAt(), grant.getDecidedAt(), grant.getNote(), grant.isResent());
    }

    static ClientGrant forReviewer(ClientGrantEntity grant, String clientName, String serviceName) {
        return new ClientGrant(grant.getId(), grant.getClientRef(), clientName, grant.getServiceTin(), serviceName, grant.getStatus().label(),
                grant.getEntitlements(), grant.getRequestedAt(), grant.getDecidedAt(), grant.getNote(), grant.isResent());
    }
}
