package org.tinaccess.accessreview;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.tinaccess.provider.ProviderOrganization;
import org.tinaccess.store.AccessReviewEntity;
import org.tinaccess.store.AccessReviewItemEntity;
import org.tinaccess.store.AccessReviewItemKind;
import org.tinaccess.tin.Tin;

/** An access review as the API shows it: to the TIN's managers, and to the plan's reviewers as evidence. */
public record AccessReviewView(String id, String tin, String provider, long startedAt, String startedBy, long dueAt, Long closedAt,
        String status, List<Item> items) {

    /** One item: whose access it was (a person's, or a billing service's grant), as it stood at the start, and what became of it. */
    public record Item(String id, String kind, String userId, String grantId, String name, String email, String role, List<String> entitlements,
            List<String> npis, String decision, String decidedBy, Long decidedAt, boolean self, boolean decidable) {}

    /** A review's summary for the list of open ones. */
    public record Summary(String id, String tin, String provider, long startedAt, long dueAt, String status, long undecided, long total) {}

    /** As {@code callerId} sees it: {@code beyondPowers}, the people they may not decide (for a backup admin, the admin and the backup admins). */
    static AccessReviewView of(KeycloakSession session, RealmModel realm, AccessReviewEntity review, List<AccessReviewItemEntity> items,
            String callerId, Set<String> beyondPowers) {
        return new AccessReviewView(review.getId(), review.getTin(), providerName(session, review), review.getStartedAt(),
                username(session, realm, review.getStartedBy()), review.getDueAt(), review.getClosedAt(), review.isOpen() ? "open" : "closed",
                items.stream().map(item -> item(session, realm, item, callerId, beyondPowers)).toList());
    }

    static Summary summary(KeycloakSession session, AccessReviewEntity review, List<AccessReviewItemEntity> items) {
        return new Summary(review.getId(), review.getTin(), providerName(session, review), review.getStartedAt(), review.getDueAt(),
                review.isOpen() ? "open" : "closed", items.stream().filter(item -> item.getDecision() == null).count(), items.size());
    }

    static Item item(KeycloakSession session, RealmModel realm, AccessReviewItemEntity item, String callerId, Set<String> beyondPowers) {
        boolean member = item.getKind() == AccessReviewItemKind.MEMBER;
        return new Item(item.getId(), item.getKind().name().toLowerCase(Locale.ROOT), member ? item.getSubjectId() : null,
                member ? null : item.getSubjectId(), item.getName(), item.getEmail(),
                item.getRole(), split(item.getEntitlements()), split(item.getNpis()), item.getDecision() == null ? null : item.getDecision().value(),
                username(session, realm, item.getDecidedBy()), item.getDecidedAt(), item.getSubjectId().equals(callerId),
                !item.getSubjectId().equals(callerId) && !beyondPowers.contains(item.getSubjectId()));
    }

    private static String providerName(KeycloakSession session, AccessReviewEntity review) {
        Tin tin = Tin.parse(review.getTin()).orElseThrow();
        OrganizationModel provider = ProviderOrganization.of(session, tin);
        return provider == null ? "" : provider.getName();
    }

    private static String username(KeycloakSession session, RealmModel realm, String userId) {
        if (userId == null) {
            return null;
        }
        UserModel user = session.users().getUserById(realm, userId);
        return user == null ? userId : user.getUsername();
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
    }
}
