package org.tinaccess.verify;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.tinaccess.provider.ProtectedAccounts;
import org.tinaccess.store.AccessRequestEntity;

/**
 * Whether an approval without a person (a payment matched on the plan's records, a PIN mailed to
 * their address of record) would let someone decide their own case: the request is theirs (its
 * e-mail is their account's, or they sent it signed in) and they are a reviewer or uploaded or
 * confirmed payment records in force. Such a request waits for a reviewer, who is never its requester.
 */
final class OwnCase {

    private OwnCase() {}

    static boolean of(KeycloakSession session, RealmModel realm, AccessRequestEntity request) {
        Set<UserModel> requesters = new LinkedHashSet<>();
        if (request.getSubmittedBy() != null) {
            requesters.add(session.users().getUserById(realm, request.getSubmittedBy()));
        }
        if (request.getEmail() != null) {
            requesters.add(session.users().getUserByEmail(realm, request.getEmail()));
        }
        requesters.remove(null);
        if (requesters.isEmpty()) {
            return false;
        }
        List<String> uploaders = recordUploaders(session, realm);
        return requesters.stream().anyMatch(user -> ProtectedAccounts.isReviewer(realm, user) || uploaders.contains(user.getId()));
    }

    /** Who uploaded or confirmed the payment records in force: either decided what the records say. */
    private static List<String> recordUploaders(KeycloakSession session, RealmModel realm) {
        EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        List<String> people = new ArrayList<>(em.createQuery("select distinct p.uploadedBy from PaymentRecordEntity p"
                        + " where p.realmId = :realmId", String.class)
                .setParameter("realmId", realm.getId())
                .getResultList());
        people.addAll(em.createQuery("select distinct p.confirmedBy from PaymentRecordEntity p where p.realmId = :realmId"
                        + " and p.confirmedBy is not null", String.class)
                .setParameter("realmId", realm.getId())
                .getResultList());
        return people;
    }
}
