package org.tinaccess.helpdesk;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.tinaccess.members.TinManagers;
import org.tinaccess.mfa.PhoneNumbers;
import org.tinaccess.provider.ProtectedAccounts;
import org.tinaccess.provider.ProviderOrganization;
import org.tinaccess.rest.ApiException;
import org.tinaccess.rest.ApiFallback;
import org.tinaccess.rest.Caller;
import org.tinaccess.rest.Json;
import org.tinaccess.rest.JsonBody;
import org.tinaccess.rest.RecentSecondFactor;
import org.tinaccess.store.HelpDeskCaseEntity;
import org.tinaccess.store.HelpDeskCaseStatus;
import org.tinaccess.store.HelpDeskCaseStore;
import org.tinaccess.store.HelpDeskMethod;
import org.tinaccess.store.MemberEntity;
import org.tinaccess.store.MemberStatus;
import org.tinaccess.store.MemberStore;
import org.tinaccess.tin.Tin;

/**
 * {@code /tin-access/help-desk}: the plan's help desk (realm role {@code tin-help-desk}) finds the
 * person on the phone, verifies the caller one of three ways, and only then resets their second
 * factor. Resetting needs the agent's own second factor in the last minutes. Everything else: 403.
 */
public class HelpDeskResource extends ApiFallback {

    private final RealmModel realm;

    public HelpDeskResource(KeycloakSession session) {
        super(session);
        this.realm = session.getContext().getRealm();
    }

    @GET
    @Path("people")
    @Operation(summary = "Find the person on the phone by their exact e-mail address or username, with the ways their caller can be verified")
    public Response find(@QueryParam("q") String query) {
        Caller agent = agent();
        String typed = query == null ? "" : query.strip();
        if (typed.isEmpty() || typed.length() > 254) {
            throw ApiException.badRequest("invalid_q", "q is the person's e-mail address or username, as they spell it.");
        }
        UserModel person = Optional.ofNullable(session.users().getUserByEmail(realm, typed))
                .or(() -> Optional.ofNullable(session.users().getUserByUsername(realm, typed)))
                .orElse(null);
        List<PersonRepresentation> found = new ArrayList<>();
        if (person != null && !person.getId().equals(agent.user().getId()) && !ProtectedAccounts.isReviewer(realm, person)
                && !ProtectedAccounts.isHelpDesk(realm, person) && !ProtectedAccounts.isRealmAdministrator(realm, person)
                && person.getServiceAccountClientLink() == null) {
            found.add(represent(person));
        }
        return Json.ok(Map.of("items", found));
    }

    @POST
    @Path("people/{userId}/checks")
    @Operation(summary = "Start verifying the caller: method phone (a code to the phone on file, read back), admin (the TIN admin confirms in the"
            + " console) or letter (a code to the TIN's address of record); a new check replaces the person's earlier ones")
    public Response open(@PathParam("userId") String userId, String body) {
        Caller agent = agent();
        UserModel person = person(userId);
        HelpDeskCases.requireOpenable(realm, agent.user(), person);
        JsonNode json = JsonBody.object(body);
        HelpDeskMethod method = HelpDeskMethod.openable(json.path("method").asText(""))
                .orElseThrow(() -> ApiException.badRequest("invalid_method",
                        "method is one of phone, admin, letter. A code by e-mail is not a way: a mailbox alone never replaces a second factor."));
        Tin tin = null;
        if (method.needsTin()) {
            tin = Tin.parse(json.path("tin").asText("")).orElseThrow(() -> ApiException.badRequest("invalid_tin",
                    "tin is required for this way: one of the person's Tax IDs, 9 digits."));
        }
        HelpDeskCaseEntity opened = new HelpDeskCases(session, realm).open(agent.user(), person, method, tin);
        return Json.created(CaseRepresentation.of(opened, person));
    }

    @GET
    @Path("checks/{id}")
    @Operation(summary = "One check: whether the caller is verified yet, and what came of the reset")
    public Response check(@PathParam("id") String checkId) {
        agent();
        HelpDeskCaseEntity found = new HelpDeskCaseStore(session, realm.getId()).find(checkId).orElseThrow(ApiException::notFound);
        return Json.ok(CaseRepresentation.of(found, session.users().getUserById(realm, found.getUserId())));
    }

    @POST
    @Path("checks/{id}/code")
    @Operation(summary = "Type the code the caller read out: five tries, then the check fails")
    public Response code(@PathParam("id") String checkId, String body) {
        Caller agent = agent();
        String typed = JsonBody.object(body).path("code").asText("").strip();
        if (typed.isEmpty() || typed.length() > 32) {
            throw ApiException.badRequest("invalid_code", "code is the code the caller reads out.");
        }
        HelpDeskCaseEntity checked = new HelpDeskCaseStore(session, realm.getId()).findLocked(checkId).orElseThrow(ApiException::notFound);
        UserModel person = session.users().getUserById(realm, checked.getUserId());
        // Refusals are answered, not thrown: a thrown error would roll back the try it counts.
        return switch (new HelpDeskCases(session, realm).checkCode(agent.user(), checked, typed)) {
            case VALID -> Json.ok(CaseRepresentation.of(checked, person));
            case WRONG -> ApiException.response(Response.Status.CONFLICT, "code_wrong",
                    "That is not the code; " + (HelpDeskCases.MAX_TRIES - checked.getTries()) + " tries left.");
            case EXHAUSTED -> ApiException.response(Response.Status.CONFLICT, "code_exhausted",
                    "Five wrong codes: this check failed. Do not reset; start a new check if the caller is who they say.");
            case EXPIRED -> ApiException.response(Response.Status.CONFLICT, "code_expired", "The code expired; start a new check.");
        };
    }

    @POST
    @Path("checks/{id}/reset")
    @Operation(summary = "Reset the verified person's second factors (the agent who verified them, within 30 minutes, with a second factor"
            + " in the last 5 minutes): at once, or after 24 hours for anyone who manages a TIN, who are told and may stop it")
    public Response reset(@PathParam("id") String checkId) {
        Caller agent = agent();
        // It changes who holds a second factor: a stolen or left-open session of an agent must not.
        RecentSecondFactor.require(session, realm, agent);
        HelpDeskCaseEntity checked = new HelpDeskCaseStore(session, realm.getId()).findLocked(checkId).orElseThrow(ApiException::notFound);
        UserModel person = person(checked.getUserId());
        HelpDeskCases.ResetOutcome outcome = new HelpDeskCases(session, realm).reset(agent.user(), person, checked);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("outcome", outcome == HelpDeskCases.ResetOutcome.RESET ? "reset" : "scheduled");
        if (checked.getDueAt() != null) {
            details.put("dueAt", String.valueOf(checked.getDueAt()));
        }
        HelpDeskAudit.record(session, realm, agent, checked, details);
        return Json.ok(CaseRepresentation.of(checked, person));
    }

    private Caller agent() {
        return Caller.authenticate(session).requireRealmRole(realm, ProtectedAccounts.HELP_DESK_ROLE);
    }

    private UserModel person(String userId) {
        UserModel person = userId == null || userId.isBlank() ? null : session.users().getUserById(realm, userId);
        if (person == null) {
            throw ApiException.notFound();
        }
        return person;
    }

    private PersonRepresentation represent(UserModel person) {
        HelpDeskCases rules = new HelpDeskCases(session, realm);
        TinManagers managers = new TinManagers(session, realm);
        List<PersonRepresentation.PersonTin> tins = new ArrayList<>();
        for (MemberEntity membership : new MemberStore(session, realm.getId()).membershipsOf(person.getId())) {
            if (membership.getStatus() != MemberStatus.ACTIVE) {
                continue;
            }
            Tin tin = Tin.parse(membership.getTin()).orElseThrow();
            OrganizationModel provider = ProviderOrganization.of(session, tin);
            tins.add(new PersonRepresentation.PersonTin(tin.digits(), provider == null ? "" : provider.getName(), managers.roleOn(membership),
                    !rules.managersWhoMayConfirm(tin, person.getId()).isEmpty()));
        }
        List<CaseRepresentation> checks = new HelpDeskCaseStore(session, realm.getId())
                .ofUser(person.getId(), EnumSet.of(HelpDeskCaseStatus.OPEN, HelpDeskCaseStatus.VERIFIED, HelpDeskCaseStatus.SCHEDULED)).stream()
                .map(row -> CaseRepresentation.of(row, person)).toList();
        return new PersonRepresentation(person.getId(), person.getUsername(), person.getFirstName(), person.getLastName(), person.isEnabled(),
                managers.isAnyManager(person.getId()), HelpDeskCodes.emailOnFile(person).map(HelpDeskCodes::maskedEmail).orElse(null),
                HelpDeskCodes.phoneOnFile(person).map(phone -> PhoneNumbers.masked(phone.phone())).orElse(null), tins, checks);
    }
}
