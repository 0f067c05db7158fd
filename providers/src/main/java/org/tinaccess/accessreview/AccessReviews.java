package org.tinaccess.accessreview;

import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.organization.OrganizationProvider;
import org.tinaccess.billing.ClientGrants;
import org.tinaccess.mail.PortalMail;
import org.tinaccess.members.TinManagers;
import org.tinaccess.members.TinMembership;
import org.tinaccess.rest.ApiException;
import org.tinaccess.settings.TinAccessSettings;
import org.tinaccess.store.AccessReviewDecision;
import org.tinaccess.store.AccessReviewEntity;
import org.tinaccess.store.AccessReviewItemEntity;
import org.tinaccess.store.AccessReviewItemKind;
import org.tinaccess.store.AccessReviewStore;
import org.tinaccess.store.BackupAdmin;
import org.tinaccess.store.ClientGrantEntity;
import org.tinaccess.store.ClientGrantStatus;
import org.tinaccess.store.ClientGrantStore;
import org.tinaccess.store.MemberEntity;
import org.tinaccess.store.MemberStatus;
import org.tinaccess.store.MemberStore;
import org.tinaccess.tin.Tin;

/**
 * The rules of an access review. A review lists everyone with active access to a TIN when it
 * starts, except its admin (nobody reviews their own access; the admin is answerable to the plan),
 * and every billing service the TIN lets act for it; the TIN's managers confirm or remove each; at the deadline whatever nobody confirmed
 * is suspended on that TIN only, and the admin can reinstate it. A manager never decides their own item.
 */
public final class AccessReviews {

    /** The billing services' grants a review lists at most: far more than any provider gives. */
    static final int MAX_GRANTS = 500;

    /** What a manager may decide. */
    public enum Verdict {
        CONFIRM,
        REMOVE
    }

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AccessReviewStore reviews;
    private final MemberStore members;

    public AccessReviews(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        this.reviews = new AccessReviewStore(session, realm.getId());
        this.members = new MemberStore(session, realm.getId());
    }

    private TinAccessSettings settings() {
        return TinAccessSettings.from(realm::getAttribute);
    }

    /**
     * Starts a review of {@code tin} due after the realm's deadline: empty when one is open already
     * (the unique key settles two starts at once) or the TIN has no admin to do it.
     */
    public Optional<AccessReviewEntity> start(Tin tin, String startedBy, long now) {
        TinManagers managers = new TinManagers(session, realm);
        Optional<String> admin = managers.adminOf(tin.digits());
        if (admin.isEmpty() || reviews.newestOf(tin.digits()).map(AccessReviewEntity::isOpen).orElse(false)) {
            return Optional.empty();
        }
        AccessReviewEntity review = new AccessReviewEntity(KeycloakModelUtils.generateId(), realm.getId(), tin.digits(), now, startedBy,
                now + settings().accessReviewDeadline().toMillis());
        List<AccessReviewItemEntity> items = new ArrayList<>();
        for (MemberEntity member : members.activeMembersOf(tin.digits())) {
            if (member.getUserId().equals(admin.get())) {
                continue;
            }
            UserModel person = session.users().getUserById(realm, member.getUserId());
            if (person == null) {
                continue;
            }
            items.add(new AccessReviewItemEntity(KeycloakModelUtils.generateId(), review.getId(), AccessReviewItemKind.MEMBER, person.getId(),
                    PortalMail.name(person), person.getEmail(), member.getBackupAdmin() == BackupAdmin.CONFIRMED ? "backup-admin" : "user",
                    String.join(",", members.entitlements(member.getOrgId(), person.getId())),
                    String.join(",", members.npis(member.getOrgId(), List.of(person.getId())).getOrDefault(person.getId(), List.of()))));
        }
        ClientGrantStore grants = new ClientGrantStore(session, realm.getId());
        for (ClientGrantEntity grant : grants.ofClient(tin.digits(), ClientGrantStatus.APPROVED, 0, MAX_GRANTS)) {
            OrganizationModel service = session.getProvider(OrganizationProvider.class).getById(grant.getServiceOrgId());
            String serviceName = service == null ? grant.getServiceTin() : service.getName();
            items.add(new AccessReviewItemEntity(KeycloakModelUtils.generateId(), review.getId(), AccessReviewItemKind.GRANT, grant.getId(),
                    serviceName, null, "billing-service", String.join(",", grant.getEntitlements()), ""));
        }
        try {
            reviews.add(review, items);
        } catch (PersistenceException | ModelDuplicateException startedMeanwhile) {
            // The transaction cannot go on after a refused insert: the caller's request (or the job's start of this TIN) ends here.
            throw ApiException.conflict("review_open", "An access review of this Tax ID is open already.");
        }
        new AccessReviewMails(session, realm).started(review, managers.of(tin.digits()), items.size());
        return Optional.of(review);
    }

    /** {@code manager} decides one item of an open review: confirm it, or remove the person from the TIN now. */
    public AccessReviewItemEntity decide(UserModel manager, AccessReviewEntity review, AccessReviewItemEntity item, Verdict verdict, long now) {
        reviews.lock(review);
        if (!review.isOpen()) {
            throw ApiException.conflict("review_closed", "This access review is closed.");
        }
        if (item.getDecision() != null) {
            throw ApiException.conflict("already_decided", "This was decided already: " + item.getDecision().value() + ".");
        }
        if (item.getSubjectId().equals(manager.getId())) {
            throw ApiException.conflict("self_action", "Nobody reviews their own access.");
        }
        if (item.getKind() == AccessReviewItemKind.GRANT) {
            return decideGrant(manager, item, verdict, now);
        }
        Tin tin = Tin.parse(review.getTin()).orElseThrow();
        Optional<MemberEntity> membership = members.find(tin.digits(), item.getSubjectId());
        if (membership.isEmpty()) {
            item.decide(AccessReviewDecision.GONE, manager.getId(), now);
            return item;
        }
        if (verdict == Verdict.REMOVE) {
            UserModel person = session.users().getUserById(realm, item.getSubjectId());
            new TinMembership(session, realm, tin, manager).remove(person);
            item.decide(AccessReviewDecision.REMOVED, manager.getId(), now);
        } else {
            item.decide(AccessReviewDecision.CONFIRMED, manager.getId(), now);
        }
        return item;
    }

    /** A billing service's grant to act for the TIN: kept, or revoked now (its people lose the client at the portals). */
    private AccessReviewItemEntity decideGrant(UserModel manager, AccessReviewItemEntity item, Verdict verdict, long now) {
        Optional<ClientGrantEntity> grant = new ClientGrantStore(session, realm.getId()).find(item.getSubjectId())
                .filter(found -> found.getStatus() == ClientGrantStatus.APPROVED);
        if (grant.isEmpty()) {
            item.decide(AccessReviewDecision.GONE, manager.getId(), now);
        } else if (verdict == Verdict.REMOVE) {
            new ClientGrants(session, realm).revoke(grant.get(), manager.getId(), "Removed in the provider's access review");
            item.decide(AccessReviewDecision.REMOVED, manager.getId(), now);
        } else {
            item.decide(AccessReviewDecision.CONFIRMED, manager.getId(), now);
        }
        return item;
    }

    /** The schedule's work on open reviews at {@code now}: reminders, and the deadline for those past it. */
    public void remindAndClose(long now) {
        for (AccessReviewEntity review : reviews.open()) {
            if (now >= review.getDueAt()) {
                close(review, now);
            } else {
                remind(review, now);
            }
        }
    }

    /**
     * When the realm reviews every so many months (a month counted as 30 days): the TINs with people
     * whose last review started that long ago, or that never had one. Each is started on its own, so
     * one TIN's failure does not hold up the others.
     */
    public List<Tin> dueToStart(long now) {
        int months = settings().accessReviewMonths();
        if (months == 0) {
            return List.of();
        }
        Map<String, Long> lastStarts = new HashMap<>();
        for (Object[] row : reviews.lastStartPerTin()) {
            lastStarts.put((String) row[0], (Long) row[1]);
        }
        long every = Duration.ofDays(30L * months).toMillis();
        List<Tin> due = new ArrayList<>();
        for (String digits : members.tinsWithActiveMembers()) {
            Long last = lastStarts.get(digits);
            if (last == null || now - last >= every) {
                Tin.parse(digits).ifPresent(due::add);
            }
        }
        return due;
    }

    /** Sends the next reminder once its day before the deadline came, while something is left to decide. */
    private void remind(AccessReviewEntity review, long now) {
        List<Integer> days = settings().accessReviewReminders();
        int next = review.getRemindersSent();
        if (next >= days.size() || now < review.getDueAt() - Duration.ofDays(days.get(next)).toMillis()) {
            return;
        }
        // Reminders skipped while the server was down are not sent one after another: the latest due one stands for them.
        int sent = next;
        while (sent < days.size() && now >= review.getDueAt() - Duration.ofDays(days.get(sent)).toMillis()) {
            sent++;
        }
        review.setRemindersSent(sent);
        long undecided = reviews.items(review.getId()).stream().filter(item -> item.getDecision() == null).count();
        if (undecided > 0) {
            new AccessReviewMails(session, realm).reminder(review, new TinManagers(session, realm).of(review.getTin()), undecided);
        }
    }

    /** The deadline: what nobody confirmed is suspended on the TIN (never the account), and the managers are told. */
    private void close(AccessReviewEntity review, long now) {
        reviews.lock(review);
        if (!review.isOpen()) {
            return;
        }
        List<String> suspended = new ArrayList<>();
        for (AccessReviewItemEntity item : reviews.items(review.getId())) {
            if (item.getDecision() != null) {
                continue;
            }
            if (item.getKind() == AccessReviewItemKind.GRANT) {
                boolean revoked = new ClientGrantStore(session, realm.getId()).find(item.getSubjectId())
                        .filter(grant -> grant.getStatus() == ClientGrantStatus.APPROVED)
                        .map(grant -> new ClientGrants(session, realm).revokeUnconfirmed(grant))
                        .orElse(false);
                item.decide(revoked ? AccessReviewDecision.REVOKED : AccessReviewDecision.GONE, null, now);
                if (revoked) {
                    suspended.add(item.getName());
                }
                continue;
            }
            Optional<MemberEntity> membership = members.find(review.getTin(), item.getSubjectId())
                    .filter(member -> member.getStatus() == MemberStatus.ACTIVE);
            if (membership.isPresent()) {
                membership.get().setStatus(MemberStatus.SUSPENDED);
                item.decide(AccessReviewDecision.SUSPENDED, null, now);
                suspended.add(item.getName());
            } else {
                item.decide(AccessReviewDecision.GONE, null, now);
            }
        }
        review.close(now);
        new AccessReviewMails(session, realm).closed(review, new TinManagers(session, realm).of(review.getTin()), suspended);
    }
}
