package org.tinaccess.members;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;
import org.tinaccess.provider.ProviderOrganization;
import org.tinaccess.rest.ApiException;
import org.tinaccess.settings.TinAccessSettings;
import org.tinaccess.store.AdminClaimEntity;
import org.tinaccess.store.AdminRequestStore;
import org.tinaccess.store.MemberStatus;
import org.tinaccess.store.MemberStore;
import org.tinaccess.store.SignInStore;
import org.tinaccess.tin.Tin;

/**
 * Why a TIN's admin counts as gone, so that one of its backup admins may take the role (themselves,
 * with a payment, or through a reviewer). While the admin is present and active, nobody takes it:
 * they hand the role over themselves. The rule ({@link #of(Admin, long, Duration)}) is pure, tested
 * without a server.
 */
public enum AdminAbsence {

    /** No one holds the TIN's admin claim: the admin's account was deleted. */
    ADMIN_DELETED,
    /** The admin's account is disabled. */
    ADMIN_DISABLED,
    /** The admin no longer has an active membership of the TIN (removed from its Organization, or suspended there). */
    ADMIN_REMOVED,
    /** The admin has not signed in for the realm's set time. */
    ADMIN_INACTIVE;

    /**
     * What is known of the TIN's admin.
     *
     * @param claimed whether anyone holds the TIN's admin claim
     * @param enabled whether the holder's account exists and is enabled
     * @param activeMember whether the holder's membership of the TIN is active
     * @param lastSeenMillis the holder's last sign-in, or when they became admin if later (epoch milliseconds)
     */
    public record Admin(boolean claimed, boolean enabled, boolean activeMember, long lastSeenMillis) {}

    static Optional<AdminAbsence> of(Admin admin, long nowMillis, Duration idle) {
        if (!admin.claimed()) {
            return Optional.of(ADMIN_DELETED);
        }
        if (!admin.enabled()) {
            return Optional.of(ADMIN_DISABLED);
        }
        if (!admin.activeMember()) {
            return Optional.of(ADMIN_REMOVED);
        }
        if (nowMillis - admin.lastSeenMillis() >= idle.toMillis()) {
            return Optional.of(ADMIN_INACTIVE);
        }
        return Optional.empty();
    }

    /** Why {@code tin}'s admin is gone now, or empty while they are present. */
    public static Optional<AdminAbsence> of(KeycloakSession session, RealmModel realm, Tin tin) {
        Admin admin = new AdminRequestStore(session, realm.getId()).claimOf(tin.digits())
                .map(claim -> facts(session, realm, tin, claim))
                .orElse(new Admin(false, false, false, 0));
        return of(admin, Time.currentTimeMillis(), TinAccessSettings.from(realm::getAttribute).adminIdleBeforeSuccession());
    }

    /** As {@link #of(KeycloakSession, RealmModel, Tin)}, or 409 {@code admin_active} while the admin is present. */
    public static AdminAbsence require(KeycloakSession session, RealmModel realm, Tin tin) {
        return of(session, realm, tin).orElseThrow(() -> ApiException.conflict("admin_active", "This TIN's admin is active: they can"
                + " hand the admin role over. A backup admin takes their place only when the admin's account is gone or disabled, the"
                + " admin no longer has access to the TIN, or has not signed in for "
                + TinAccessSettings.from(realm::getAttribute).adminIdleBeforeSuccession().toDays() + " days."));
    }

    private static Admin facts(KeycloakSession session, RealmModel realm, Tin tin, AdminClaimEntity claim) {
        UserModel holder = session.users().getUserById(realm, claim.getUserId());
        // Removed from the provider in Keycloak's admin console counts as removed too: the Organization says who belongs.
        OrganizationModel provider = ProviderOrganization.of(session, tin);
        boolean inOrganization = holder != null && provider != null
                && session.getProvider(OrganizationProvider.class).isMember(provider, holder);
        boolean activeMember = inOrganization && new MemberStore(session, realm.getId()).find(tin.digits(), claim.getUserId())
                .map(member -> member.getStatus() == MemberStatus.ACTIVE).orElse(false);
        long lastSeen = Math.max(claim.getClaimedAt(), new SignInStore(session, realm.getId()).lastOf(claim.getUserId()).orElse(0L));
        return new Admin(true, holder != null && holder.isEnabled(), activeMember, lastSeen);
    }

    /** As events and answers spell it, e.g. {@code admin-inactive}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
