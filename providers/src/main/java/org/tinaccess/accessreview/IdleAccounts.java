package org.tinaccess.accessreview;

import java.time.Duration;
import java.util.List;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.tinaccess.members.TinManagers;
import org.tinaccess.settings.TinAccessSettings;
import org.tinaccess.store.MemberEntity;
import org.tinaccess.store.MemberStatus;
import org.tinaccess.store.MemberStore;
import org.tinaccess.store.SignInEntity;
import org.tinaccess.store.SignInStore;

/**
 * Accounts nobody signed in to for the realm's idle days lose their access on every TIN (their
 * memberships are suspended, the account itself stays as it is), after a warning
 * {@link TinAccessSettings#IDLE_WARNING} before. A sign-in before then starts the count again. A TIN's
 * admin keeps their own access: suspending it would leave the TIN with nobody to reinstate anyone,
 * and an admin who stays away is what the backup admins' succession is for. Keycloak's workflows
 * (26.6+) can disable an idle user, but they act on the account, and this takes away memberships
 * only, counted from the sign-ins TIN Access records: the once-per-cluster job runs it.
 */
public final class IdleAccounts {

    /** Per realm and run, so one run's transaction stays small; the next run takes the rest. */
    static final int BATCH = 200;
    private static final Logger LOG = Logger.getLogger(IdleAccounts.class);

    private final KeycloakSession session;
    private final RealmModel realm;

    public IdleAccounts(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    public void run(long now) {
        int days = TinAccessSettings.from(realm::getAttribute).idleDays();
        if (days == 0) {
            return;
        }
        SignInStore signIns = new SignInStore(session, realm.getId());
        signIns.recordUnseenMembers(now, BATCH * 5);
        MemberStore members = new MemberStore(session, realm.getId());
        TinManagers managers = new TinManagers(session, realm);
        AccessReviewMails mails = new AccessReviewMails(session, realm);
        long idle = Duration.ofDays(days).toMillis();

        int suspendedAccounts = 0;
        for (SignInEntity row : signIns.unsuspendedIdleSince(now - idle, BATCH)) {
            row.idleSuspended(now);
            row.warned(now);
            UserModel person = session.users().getUserById(realm, row.getUserId());
            if (person == null) {
                continue;
            }
            List<MemberEntity> suspendable = suspendable(members, managers, person);
            suspendable.forEach(member -> member.setStatus(MemberStatus.SUSPENDED));
            if (!suspendable.isEmpty()) {
                mails.idleSuspended(person, days);
                suspendedAccounts++;
            }
        }
        long warnAfter = idle - Math.min(idle, TinAccessSettings.IDLE_WARNING.toMillis());
        for (SignInEntity row : signIns.unwarnedIdleSince(now - warnAfter, BATCH)) {
            row.warned(now);
            UserModel person = session.users().getUserById(realm, row.getUserId());
            if (person != null && !suspendable(members, managers, person).isEmpty()) {
                mails.idleWarning(person, row.getLastAt() + idle);
            }
        }
        if (suspendedAccounts > 0) {
            LOG.infof("Realm %s: the memberships of %d account(s) idle for %d days were suspended", realm.getName(), suspendedAccounts, days);
        }
    }

    /** The person's active memberships, but for the TINs they are the admin of. */
    private static List<MemberEntity> suspendable(MemberStore members, TinManagers managers, UserModel person) {
        return members.membershipsOf(person.getId()).stream()
                .filter(member -> member.getStatus() == MemberStatus.ACTIVE)
                .filter(member -> !managers.adminOf(member.getTin()).map(person.getId()::equals).orElse(false))
                .toList();
    }
}
