package org.tinaccess.members;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.tinaccess.activation.ActivationLink;
import org.tinaccess.mail.PortalMail;
import org.tinaccess.mfa.MfaReset;
import org.tinaccess.provider.PortalAccount;
import org.tinaccess.provider.ProviderOrganization;
import org.tinaccess.rest.ApiException;
import org.tinaccess.settings.TinAccessSettings;
import org.tinaccess.store.AdminRequestStore;
import org.tinaccess.store.MemberEntity;
import org.tinaccess.store.MemberStatus;
import org.tinaccess.store.MemberStore;
import org.tinaccess.tin.Tin;

/**
 * What a TIN admin does to the TIN's users (seeds 000, 002, 003): add, entitle, suspend,
 * reinstate, remove, reset MFA, re-invite, hand over the admin role. Permission is checked by the
 * resource before any of this runs.
 */
public final class TinMembership {

    private static final Logger LOG = Logger.getLogger(TinMembership.class);

    private final KeycloakSession session;
    private final RealmModel realm;
    private final Tin tin;
    private final UserModel actor;
    private final MemberStore members;

    public TinMembership(KeycloakSession session, RealmModel realm, Tin tin, UserModel actor) {
        this.session = session;
        this.realm = realm;
        this.tin = tin;
        this.actor = actor;
        this.members = new MemberStore(session, realm.getId());
    }

    /** Adds a person: a new account invited through the activation chain, or an existing one told by e-mail. */
    public UserModel add(NewMember person) {
        OrganizationModel provider = provider();
        PortalAccount account;
        try {
            account = PortalAccount.findOrCreate(session, realm,
                    new PortalAccount.Person(person.email(), person.firstName(), person.lastName(), person.phone(), null, null));
        } catch (ModelDuplicateException concurrentAdd) {
            throw ApiException.conflict("already_member", "This person was just added.");
        }
        if (!members.add(tin.digits(), provider.getId(), account.user().getId(), actor.getId(), Time.currentTimeMillis())) {
            throw ApiException.conflict("already_member", "This person is already a user of this TIN.");
        }
        ProviderOrganization.addMember(session, provider, account.user());
        members.setEntitlements(provider.getId(), account.user().getId(), person.entitlements());
        if (!account.user().isEnabled()) {
            account.user().setEnabled(true);
        }
        if (account.needsActivation()) {
            invite(account.user());
        } else {
            mail(account.user(), "memberAddedSubject", "member-added.ftl", Map.of());
        }
        LOG.infof("User %s added to TIN %s", account.user().getId(), tin.masked());
        return account.user();
    }

    void setEntitlements(UserModel user, List<String> entitlements) {
        MemberEntity member = member(user);
        members.setEntitlements(member.getOrgId(), user.getId(), entitlements);
    }

    void suspend(UserModel user) {
        notSelf(user);
        member(user).setStatus(MemberStatus.SUSPENDED);
        syncEnabled(user);
    }

    void reinstate(UserModel user) {
        member(user).setStatus(MemberStatus.ACTIVE);
        syncEnabled(user);
    }

    void remove(UserModel user) {
        notSelf(user);
        MemberEntity member = member(user);
        members.remove(member);
        OrganizationModel provider = ProviderOrganization.of(session, tin);
        if (provider != null) {
            ProviderOrganization.removeMember(session, provider, user);
        }
        syncEnabled(user);
    }

    /** "I have a new phone" (seed 001): every second factor goes; the next sign-in enrols a new one. */
    void resetMfa(UserModel user) {
        notSelf(user);
        member(user);
        MfaReset.apply(user);
        mail(user, "mfaResetSubject", "mfa-reset.ftl", Map.of());
    }

    void resendInvite(UserModel user) {
        member(user);
        if (user.isEmailVerified()) {
            throw ApiException.conflict("already_activated", "This account is already activated.");
        }
        invite(user);
    }

    /** Seed 003, "the person who registered left": the claim moves in one conditional UPDATE. */
    void transferAdmin(UserModel newAdmin) {
        AdminRequestStore claims = new AdminRequestStore(session, realm.getId());
        String currentAdmin = claims.claimOf(tin.digits()).map(claim -> claim.getUserId())
                .orElseThrow(() -> ApiException.conflict("no_admin", "This TIN has no admin to replace."));
        if (currentAdmin.equals(newAdmin.getId())) {
            throw ApiException.conflict("already_admin", "This person is already the admin of this TIN.");
        }
        MemberEntity member = member(newAdmin);
        if (member.getStatus() != MemberStatus.ACTIVE || !newAdmin.isEmailVerified() || !newAdmin.isEnabled()) {
            throw ApiException.conflict("member_not_active", "Only an active user of this TIN can become its admin.");
        }
        if (!claims.transferClaim(tin.digits(), currentAdmin, newAdmin.getId())) {
            throw ApiException.conflict("admin_changed", "The admin of this TIN changed meanwhile; reload and try again.");
        }
        mail(newAdmin, "adminTransferredSubject", "admin-transferred.ftl", Map.of());
    }

    MemberEntity member(UserModel user) {
        return members.find(tin.digits(), user.getId()).orElseThrow(ApiException::notFound);
    }

    private OrganizationModel provider() {
        OrganizationModel provider = ProviderOrganization.of(session, tin);
        if (provider == null) {
            throw ApiException.conflict("no_provider", "This TIN has no provider organization.");
        }
        return provider;
    }

    private void notSelf(UserModel user) {
        if (user.getId().equals(actor.getId())) {
            throw ApiException.conflict("self_action", "You cannot do this to your own account.");
        }
    }

    /** An account is disabled only when it has no active TIN left and administers none. */
    private void syncEnabled(UserModel user) {
        boolean hasAccess = members.activeMembershipCount(user.getId()) > 0
                || !new AdminRequestStore(session, realm.getId()).claimsOf(user.getId()).isEmpty();
        if (user.isEnabled() != hasAccess) {
            user.setEnabled(hasAccess);
        }
    }

    private void invite(UserModel user) {
        String link = ActivationLink.issue(session, realm, user);
        mail(user, "memberInvitationSubject", "member-invitation.ftl", Map.of("link", link,
                "expiryDays", TinAccessSettings.from(realm::getAttribute).activationLifespan().toDays()));
    }

    private void mail(UserModel user, String subjectKey, String template, Map<String, Object> extra) {
        OrganizationModel provider = ProviderOrganization.of(session, tin);
        Map<String, Object> attributes = new HashMap<>(extra);
        attributes.put("firstName", user.getFirstName() == null ? "" : user.getFirstName());
        attributes.put("provider", provider == null ? tin.masked() : provider.getName());
        attributes.put("adminName", (actor.getFirstName() + " " + actor.getLastName()).strip());
        new PortalMail(session, realm).sendAfterCommit(user.getEmail(), subjectKey, List.of(), template, attributes);
    }
}
