package org.tinaccess.helpdesk;

import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.tinaccess.limits.ClusterRateLimit;
import org.tinaccess.members.TinManagers;
import org.tinaccess.mfa.MfaReset;
import org.tinaccess.provider.ProtectedAccounts;
import org.tinaccess.rest.ApiException;
import org.tinaccess.store.AdminClaimEntity;
import org.tinaccess.store.AdminRequestStore;
import org.tinaccess.store.BackupAdmin;
import org.tinaccess.store.HelpDeskCaseEntity;
import org.tinaccess.store.HelpDeskCaseStatus;
import org.tinaccess.store.HelpDeskCaseStore;
import org.tinaccess.store.HelpDeskMethod;
import org.tinaccess.store.MemberEntity;
import org.tinaccess.store.MemberStatus;
import org.tinaccess.store.MemberStore;
import org.tinaccess.tin.Tin;

/**
 * The help desk's rules for a lost second factor. A case is opened for one person and one way of
 * verifying the caller; only a verified case lets the agent who verified it reset, within
 * {@link #RESET_WINDOW}; the reset of anyone who manages a TIN waits {@link #COOLING_OFF}, during which
 * the person and the TINs' other managers may stop it. Nobody decides their own case: an agent never
 * opens one for themselves, a TIN's manager never confirms their own.
 */
final class HelpDeskCases {

    static final Duration COOLING_OFF = Duration.ofHours(24);
    static final Duration RESET_WINDOW = Duration.ofMinutes(30);
    static final int MAX_TRIES = 5;
    static final int CASES_PER_DAY = 5;

    /** What a reset did: removed the factors now, or scheduled their removal after the cooling-off. */
    enum ResetOutcome {
        RESET,
        SCHEDULED
    }

    /** The verdict on a code the agent typed. */
    enum CodeAnswer {
        VALID,
        WRONG,
        EXPIRED,
        EXHAUSTED
    }

    private final KeycloakSession session;
    private final RealmModel realm;
    private final HelpDeskCaseStore cases;
    private final TinManagers managers;

    HelpDeskCases(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        this.cases = new HelpDeskCaseStore(session, realm.getId());
        this.managers = new TinManagers(session, realm);
    }

    /** The person a case may be opened for: anyone but the agent, the plan's staff and the realm's administrators. */
    static void requireOpenable(RealmModel realm, UserModel agent, UserModel person) {
        if (person.getId().equals(agent.getId())) {
            throw ApiException.conflict("self_action", "Nobody resets their own second factor through the help desk.");
        }
        if (ProtectedAccounts.isReviewer(realm, person) || ProtectedAccounts.isHelpDesk(realm, person)
                || ProtectedAccounts.isRealmAdministrator(realm, person)) {
            throw ApiException.forbidden();
        }
    }

    HelpDeskCaseEntity open(UserModel agent, UserModel person, HelpDeskMethod method, Tin tin) {
        requireOpenable(realm, agent, person);
        if (method.needsTin()) {
            requireWay(person, method, tin);
        }
        if (!new ClusterRateLimit(session, realm).tryAcquire("help-desk-case", person.getId(), CASES_PER_DAY, Duration.ofDays(1))) {
            throw new ApiException(Response.Status.TOO_MANY_REQUESTS, "too_many_cases",
                    "This person had " + CASES_PER_DAY + " help-desk checks today; try again tomorrow.");
        }
        long now = Time.currentTimeMillis();
        // A new check replaces the person's earlier ones: their codes stop working, an admin's confirmation is no longer asked.
        cases.ofUser(person.getId(), EnumSet.of(HelpDeskCaseStatus.OPEN, HelpDeskCaseStatus.VERIFIED))
                .forEach(earlier -> earlier.close(HelpDeskCaseStatus.FAILED, agent.getId(), now));
        HelpDeskCaseEntity opened = new HelpDeskCaseEntity(KeycloakModelUtils.generateId(), realm.getId(), person.getId(), method,
                tin == null ? null : tin.digits(), agent.getId(), now);
        HelpDeskCodes codes = new HelpDeskCodes(session, realm);
        HelpDeskCodes.Sent sent = switch (method) {
            case EMAIL -> throw new IllegalArgumentException("a code by e-mail is not a way");
            case PHONE -> codes.byPhone(person, now);
            case LETTER -> codes.byLetter(person, tin, opened.getId(), now);
            case ADMIN -> null;
        };
        if (sent != null) {
            opened.setCode(sent.hash(), sent.expiresAt());
        } else {
            new HelpDeskMails(session, realm).adminAsked(person, tin, managersWhoMayConfirm(tin, person.getId()));
        }
        cases.add(opened);
        return opened;
    }

    /** A TIN way needs the person to be an active member of it; the admin way needs someone else who may confirm. */
    private void requireWay(UserModel person, HelpDeskMethod method, Tin tin) {
        if (tin == null) {
            throw ApiException.badRequest("invalid_tin", "tin is required for this way: one of the person's Tax IDs.");
        }
        MemberEntity membership = new MemberStore(session, realm.getId()).find(tin.digits(), person.getId())
                .filter(member -> member.getStatus() == MemberStatus.ACTIVE)
                .orElseThrow(() -> ApiException.conflict("not_a_member", "This person is not an active user of this Tax ID."));
        if (method == HelpDeskMethod.ADMIN && managersWhoMayConfirm(tin, membership.getUserId()).isEmpty()) {
            throw ApiException.conflict("no_admin_to_ask", "No one else manages this Tax ID who could confirm; choose another way.");
        }
    }

    /**
     * Who may confirm the caller is {@code personId}: the TIN's admin, and its backup admins unless the
     * person is the admin or a backup admin (a backup admin's powers stop there). Never the person.
     */
    Set<String> managersWhoMayConfirm(Tin tin, String personId) {
        Set<String> all = managers.of(tin.digits());
        boolean personManages = all.contains(personId)
                || new MemberStore(session, realm.getId()).find(tin.digits(), personId).map(member -> member.getBackupAdmin() != null).orElse(false);
        Set<String> may = new LinkedHashSet<>();
        for (String manager : all) {
            boolean isAdmin = managers.adminOf(tin.digits()).map(manager::equals).orElse(false);
            if (!manager.equals(personId) && (isAdmin || !personManages)) {
                may.add(manager);
            }
        }
        return may;
    }

    /**
     * The agent's reading of the code the caller read out. A wrong code counts even though the call
     * fails, so the resource answers it without rolling back; the fifth wrong one closes the case.
     */
    CodeAnswer checkCode(UserModel agent, HelpDeskCaseEntity helpDeskCase, String typed) {
        requireStatus(helpDeskCase, HelpDeskCaseStatus.OPEN);
        if (helpDeskCase.getCodeHash() == null) {
            throw ApiException.conflict("no_code", "This check has no code: it waits for the admin's answer.");
        }
        long now = Time.currentTimeMillis();
        if (helpDeskCase.getCodeExpiresAt() != null && now > helpDeskCase.getCodeExpiresAt()) {
            return CodeAnswer.EXPIRED;
        }
        if (HelpDeskCodes.matches(helpDeskCase.getCodeHash(), typed)) {
            helpDeskCase.verified(agent.getId(), now);
            return CodeAnswer.VALID;
        }
        helpDeskCase.setTries(helpDeskCase.getTries() + 1);
        if (helpDeskCase.getTries() >= MAX_TRIES) {
            helpDeskCase.close(HelpDeskCaseStatus.FAILED, agent.getId(), now);
            return CodeAnswer.EXHAUSTED;
        }
        return CodeAnswer.WRONG;
    }

    /** A manager of the case's TIN answers for the person: yes (the case is verified) or no (it fails). */
    void answer(UserModel manager, HelpDeskCaseEntity helpDeskCase, boolean confirmed) {
        requireStatus(helpDeskCase, HelpDeskCaseStatus.OPEN);
        long now = Time.currentTimeMillis();
        if (confirmed) {
            helpDeskCase.verified(manager.getId(), now);
        } else {
            helpDeskCase.close(HelpDeskCaseStatus.FAILED, manager.getId(), now);
        }
    }

    /** The agent resets: now for most people, after the cooling-off for anyone who manages a TIN. */
    ResetOutcome reset(UserModel agent, UserModel person, HelpDeskCaseEntity helpDeskCase) {
        requireOpenable(realm, agent, person);
        if (helpDeskCase.getStatus() == HelpDeskCaseStatus.OPEN) {
            throw ApiException.conflict("not_verified", "The caller is not verified yet: type the code they read out, or wait for the admin.");
        }
        requireStatus(helpDeskCase, HelpDeskCaseStatus.VERIFIED);
        boolean byThisAgent = agent.getId().equals(helpDeskCase.getVerifiedBy())
                || helpDeskCase.getMethod() == HelpDeskMethod.ADMIN && agent.getId().equals(helpDeskCase.getOpenedBy());
        if (!byThisAgent) {
            throw ApiException.conflict("not_your_check", "Only the agent who verified the caller resets; open a check of your own.");
        }
        long now = Time.currentTimeMillis();
        if (now > helpDeskCase.getVerifiedAt() + RESET_WINDOW.toMillis()) {
            throw ApiException.conflict("verification_expired", "The caller was verified more than " + RESET_WINDOW.toMinutes()
                    + " minutes ago; verify them again.");
        }
        if (managers.isAnyManager(person.getId())) {
            long due = now + COOLING_OFF.toMillis();
            helpDeskCase.scheduled(due);
            new HelpDeskMails(session, realm).resetScheduled(person, whoMayStop(person.getId()), due);
            return ResetOutcome.SCHEDULED;
        }
        MfaReset.apply(person);
        helpDeskCase.close(HelpDeskCaseStatus.DONE, agent.getId(), now);
        new HelpDeskMails(session, realm).resetDone(person);
        return ResetOutcome.RESET;
    }

    /** Everyone told of a scheduled reset who may stop it: the TINs' other managers (the person may too). */
    Set<String> whoMayStop(String personId) {
        Set<String> others = new LinkedHashSet<>();
        for (String tin : tinsWherePersonManages(personId)) {
            others.addAll(managers.of(tin));
        }
        others.remove(personId);
        return others;
    }

    private List<String> tinsWherePersonManages(String personId) {
        List<String> tins = new ArrayList<>(new AdminRequestStore(session, realm.getId()).claimsOf(personId)
                .stream().map(AdminClaimEntity::getTin).toList());
        new MemberStore(session, realm.getId()).membershipsOf(personId).stream()
                .filter(member -> member.getBackupAdmin() == BackupAdmin.CONFIRMED)
                .map(MemberEntity::getTin).filter(tin -> !tins.contains(tin)).forEach(tins::add);
        return tins;
    }

    /** {@code caller} stops a scheduled reset: the person, or another manager of a TIN the person manages. */
    void stop(UserModel caller, HelpDeskCaseEntity helpDeskCase) {
        if (!caller.getId().equals(helpDeskCase.getUserId()) && !whoMayStop(helpDeskCase.getUserId()).contains(caller.getId())) {
            throw ApiException.notFound();
        }
        requireStatus(helpDeskCase, HelpDeskCaseStatus.SCHEDULED);
        helpDeskCase.close(HelpDeskCaseStatus.STOPPED, caller.getId(), Time.currentTimeMillis());
    }

    private static void requireStatus(HelpDeskCaseEntity helpDeskCase, HelpDeskCaseStatus wanted) {
        if (helpDeskCase.getStatus() != wanted) {
            throw ApiException.conflict("check_closed", "This check is " + helpDeskCase.getStatus().value() + "; open a new one.");
        }
    }
}
