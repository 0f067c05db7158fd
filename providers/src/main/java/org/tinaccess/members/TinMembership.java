package org.tinaccess.members;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.tinaccess.activation.ActivationLink;
import org.tinaccess.limits.ClusterRateLimit;
import org.tinaccess.mail.PortalMail;
import org.tinaccess.mfa.MfaReset;
import org.tinaccess.provider.AgencyMark;
import org.tinaccess.provider.PortalAccount;
import org.tinaccess.provider.ProtectedAccounts;
import org.tinaccess.provider.ProviderOrganization;
import org.tinaccess.rest.ApiException;
import org.tinaccess.revocation.AccessNarrowing;
import org.tinaccess.revocation.PortalSignOut;
import org.tinaccess.settings.HelpAudience;
import org.tinaccess.settings.TinAccessSettings;
import org.tinaccess.store.AdminClaimEntity;
import org.tinaccess.store.AdminRequestStore;
import org.tinaccess.store.MemberEntity;
import org.tinaccess.store.MemberStatus;
import org.tinaccess.store.MemberStore;
import org.tinaccess.tin.Npn;
import org.tinaccess.tin.Tin;

/**
 * What a TIN admin does to the TIN's users: invite, entitle, suspend,
 * reinstate, remove, reset MFA, re-invite, hand over the admin role. Every action changes the
 * membership, never the account: only the realm (its reviewers, Keycloak's admins) enables or
 * disables accounts. An account someone already owns is invited and linked only when its owner
 * accepts, signed in. Permission to act on the TIN is checked by the resource first.
 */
public final class TinMembership {

    private static final Logger LOG = Logger.getLogger(TinMembership.class);

    static final int RESENDS_PER_HOUR = 3;

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

    /**
     * Invites a person. Nobody's account yet (new, or never activated): the activation link makes it
     * theirs. An account someone owns: an invitation they accept in the account console. Either way
     * the caller learns nothing about the account: the answer is built from what they typed.
     */
    public MemberEntity add(NewMember person) {
        OrganizationModel provider = provider();
        Optional<Npn> npn = AgentNpns.required(provider, person.npn());
        // Someone who works for a billing service is invited like anyone (the answer says nothing about
        // their account); accepting refuses them (TinsResource.accept).
        PortalAccount account;
        try {
            account = PortalAccount.findOrCreate(session, realm,
                    new PortalAccount.Person(person.email(), person.firstName(), person.lastName(), person.phone(), null, null));
        } catch (ModelDuplicateException concurrentAdd) {
            throw rollback(ApiException.conflict("already_member", "This person was just added."));
        }
        long now = Time.currentTimeMillis();
        boolean newAccount = activatesHere(account.user(), account.needsActivation());
        // An agent's NPN is the new account's at once only if nobody holds it; otherwise it waits on the
        // invitation and the person's acceptance settles it, so this answer is the same whoever holds it.
        AgentNpns agentNpns = new AgentNpns(session, realm);
        boolean activeAtOnce = newAccount && npn.map(number -> agentNpns.tryReserve(account.user(), number)).orElse(true);
        MemberEntity member = activeAtOnce
                ? new MemberEntity(realm.getId(), tin.digits(), account.user().getId(), provider.getId(), actor.getId(), now)
                : MemberEntity.invitation(realm.getId(), tin.digits(), account.user().getId(), provider.getId(), actor.getId(), now,
                        person.firstName(), person.lastName());
        if (!activeAtOnce) {
            npn.ifPresent(number -> member.setInvitedNpn(number.digits()));
        }
        try {
            if (!members.add(member)) {
                throw rollback(ApiException.conflict("already_member", "This person is already a user of this TIN, or invited to it."));
            }
            members.setEntitlements(provider.getId(), account.user().getId(), person.entitlements());
        } catch (PersistenceException | ModelDuplicateException concurrentAdd) {
            throw rollback(ApiException.conflict("already_member", "This person was just added."));
        }
        if (activeAtOnce) {
            agentNpns.confirm(account.user());
            ProviderOrganization.addMember(session, provider, account.user());
        }
        if (newAccount) {
            // The activation link makes the account theirs; an invitation that waits is then accepted in the console.
            invite(account.user());
        } else {
            mail(account.user(), "memberInvitationExistingSubject", "member-invitation-existing.ftl",
                    Map.of("consoleUrl", new PortalMail(session, realm).myTaxIdsUrl()));
        }
        LOG.infof("Invitation to TIN %s", tin.masked());
        return member;
    }

    /**
     * Whether this invitation is the account's activation: nobody owns the account yet and nothing
     * else waits on it. An account another TIN invited, or approved as an admin, and that was not
     * activated yet is joined by invitation like any account: its person accepts once signed in,
     * this admin sees only what they typed, and the other TIN's link keeps working.
     */
    private boolean activatesHere(UserModel user, boolean needsActivation) {
        String userId = user.getId();
        return needsActivation && members.allMembershipsIn(userId, Set.of(tin.digits()))
                && new AdminRequestStore(session, realm.getId()).claimsOf(userId).isEmpty();
    }

    void setEntitlements(UserModel user, List<String> entitlements) {
        MemberEntity member = member(user);
        try {
            members.lock(member);
            List<String> before = members.entitlements(member.getOrgId(), user.getId());
            members.setEntitlements(member.getOrgId(), user.getId(), entitlements);
            narrowedIf(member, AccessNarrowing.entitlements(before, entitlements));
        } catch (PersistenceException | ModelDuplicateException concurrentUpdate) {
            throw rollback(ApiException.conflict("changed_meanwhile", "The entitlements changed meanwhile; reload and try again."));
        }
    }

    void setNpis(UserModel user, List<String> npis) {
        MemberEntity member = member(user);
        try {
            members.lock(member);
            List<String> before = members.npis(member.getOrgId(), List.of(user.getId())).getOrDefault(user.getId(), List.of());
            members.setNpis(member.getOrgId(), user.getId(), npis);
            narrowedIf(member, AccessNarrowing.npiLimit(before, npis));
        } catch (PersistenceException | ModelDuplicateException concurrentUpdate) {
            throw rollback(ApiException.conflict("changed_meanwhile", "The NPIs changed meanwhile; reload and try again."));
        }
    }

    void suspend(UserModel user) {
        notSelf(user);
        MemberEntity member = accepted(user);
        narrowedIf(member, true);
        member.setStatus(MemberStatus.SUSPENDED);
    }

    void reinstate(UserModel user) {
        notSelf(user);
        MemberEntity member = accepted(user);
        member.setStatus(MemberStatus.ACTIVE);
    }

    /** Takes the TIN out of the person's tokens and withdraws an invitation; the account stays as it is. */
    public void remove(UserModel user) {
        notSelf(user);
        MemberEntity member = member(user);
        narrowedIf(member, true);
        members.remove(member);
        OrganizationModel provider = ProviderOrganization.of(session, tin);
        if (provider != null) {
            ProviderOrganization.removeMember(session, provider, user);
        }
        new AgentNpns(session, realm).releaseIfUntaken(user);
    }

    /**
     * "I have a new phone": every second factor goes; the next sign-in enrols a new one.
     * A TIN admin (or backup admin) may do it only to someone who accepted and whose every membership is
     * in TINs this admin manages, and never to reviewers, realm administrators or other TINs' admins: whoever
     * else vouches for that person must not be bypassed.
     */
    void resetMfa(UserModel user) {
        notSelf(user);
        accepted(user);
        // The TINs the actor manages: those they hold the claim of, and those they are an agreed backup admin of.
        Set<String> administered = new AdminRequestStore(session, realm.getId()).claimsOf(actor.getId()).stream()
                .map(AdminClaimEntity::getTin)
                .collect(Collectors.toCollection(HashSet::new));
        members.membershipsOf(actor.getId()).stream().filter(MemberEntity::isActiveBackupAdmin).forEach(member -> administered.add(member.getTin()));
        if (ProtectedAccounts.isProtected(session, realm, user) || !members.allMembershipsIn(user.getId(), administered)) {
            throw ApiException.forbidden();
        }
        MfaReset.apply(user);
        mail(user, "mfaResetSubject", "mfa-reset.ftl", Map.of());
    }

    void resendInvite(UserModel user) {
        MemberEntity member = member(user);
        boolean unclaimed = PortalAccount.isUnclaimed(user);
        if (member.getStatus() == MemberStatus.INVITED && !activatesHere(user, unclaimed)) {
            oneMoreResend(user);
            mail(user, "memberInvitationExistingSubject", "member-invitation-existing.ftl",
                    Map.of("consoleUrl", new PortalMail(session, realm).myTaxIdsUrl()));
            return;
        }
        if (!unclaimed) {
            throw ApiException.conflict("already_activated", "This account is already activated.");
        }
        oneMoreResend(user);
        invite(user);
    }

    /** Each resend mails someone who has not answered yet: a few an hour, or the API becomes a mailer. */
    private void oneMoreResend(UserModel user) {
        if (!new ClusterRateLimit(session, realm).tryAcquire("resend-invite-hour", tin.digits() + "|" + user.getId(), RESENDS_PER_HOUR,
                Duration.ofHours(1))) {
            throw new ApiException(Response.Status.TOO_MANY_REQUESTS, "too_many_resends",
                    "The invitation was sent again " + RESENDS_PER_HOUR + " times in the last hour; try again later.");
        }
    }

    /** The portals that hold a session for an active member learn of a change that takes something away. */
    private void narrowedIf(MemberEntity member, boolean narrows) {
        if (narrows && member.getStatus() == MemberStatus.ACTIVE) {
            new PortalSignOut(session, realm).afterCommit(List.of(member.getUserId()));
        }
    }

    MemberEntity member(UserModel user) {
        return members.find(tin.digits(), user.getId()).orElseThrow(ApiException::notFound);
    }

    /** A member who accepted (or activated): an invitation alone gives the TIN admin no power over the account. */
    private MemberEntity accepted(UserModel user) {
        MemberEntity member = member(user);
        if (member.getStatus() == MemberStatus.INVITED || PortalAccount.isUnclaimed(user)) {
            throw ApiException.conflict("not_accepted", "This person has not accepted the invitation yet.");
        }
        return member;
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
        // An agency's agents have a help line of their own at many plans.
        HelpAudience audience = provider != null && AgencyMark.isAgency(provider) ? HelpAudience.AGENTS : HelpAudience.PROVIDERS;
        new PortalMail(session, realm).to(audience).sendAfterCommit(user.getEmail(), subjectKey, List.of(), template, attributes);
    }

    private ApiException rollback(ApiException answer) {
        session.getTransactionManager().setRollbackOnly();
        return answer;
    }
}
