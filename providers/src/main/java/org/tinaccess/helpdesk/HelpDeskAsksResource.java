package org.tinaccess.helpdesk;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.tinaccess.mail.PortalMail;
import org.tinaccess.members.TinAuthority;
import org.tinaccess.members.TinManager;
import org.tinaccess.members.TinManagers;
import org.tinaccess.provider.ProviderOrganization;
import org.tinaccess.rest.ApiException;
import org.tinaccess.rest.Caller;
import org.tinaccess.rest.GetOnlyFallback;
import org.tinaccess.rest.Json;
import org.tinaccess.rest.RecentSecondFactor;
import org.tinaccess.store.HelpDeskCaseEntity;
import org.tinaccess.store.HelpDeskCaseStore;
import org.tinaccess.store.HelpDeskMethod;
import org.tinaccess.tin.Tin;

/**
 * {@code /tin-access/tins/help-desk}: what the help desk asks of a signed-in portal user. A TIN's
 * manager confirms (or refuses) that the caller the help desk has on the phone is their user; the
 * person, and the other managers of the TINs the person manages, stop a reset waiting out its cooling-off.
 * A check the caller may not answer is 404, the same as one that does not exist.
 */
public class HelpDeskAsksResource extends GetOnlyFallback {

    private final RealmModel realm;

    public HelpDeskAsksResource(KeycloakSession session) {
        super(session);
        this.realm = session.getContext().getRealm();
    }

    /** One thing the help desk asks of the caller: {@code confirm} a caller is their user, or {@code stop} a reset they may stop. */
    public record Ask(String checkId, String kind, String userId, String personName, String tin, String provider, long openedAt, Long dueAt) {}

    @GET
    @Operation(summary = "What the help desk asks of you: callers to confirm for the TINs you manage, and resets you may stop")
    public Response list() {
        Caller caller = Caller.authenticate(session);
        HelpDeskCases rules = new HelpDeskCases(session, realm);
        HelpDeskCaseStore cases = new HelpDeskCaseStore(session, realm.getId());
        List<Ask> asks = new ArrayList<>();
        List<String> managed = new TinManagers(session, realm).managedBy(caller.user().getId());
        for (HelpDeskCaseEntity check : cases.awaitingAdmins(managed)) {
            Tin tin = Tin.parse(check.getTin()).orElseThrow();
            if (rules.managersWhoMayConfirm(tin, check.getUserId()).contains(caller.user().getId())) {
                asks.add(ask(check, "confirm"));
            }
        }
        Set<String> people = new LinkedHashSet<>();
        people.add(caller.user().getId());
        for (String tin : managed) {
            people.addAll(new TinManagers(session, realm).of(tin));
        }
        for (HelpDeskCaseEntity check : cases.scheduledFor(people)) {
            if (check.getUserId().equals(caller.user().getId()) || rules.whoMayStop(check.getUserId()).contains(caller.user().getId())) {
                asks.add(ask(check, "stop"));
            }
        }
        return Json.ok(Map.of("items", asks));
    }

    @POST
    @Path("checks/{id}/confirm")
    @Operation(summary = "Confirm the help desk's caller is your TIN's user (a manager of the TIN, never the person; second factor in"
            + " the last 5 minutes)")
    public Response confirm(@PathParam("id") String checkId) {
        return answer(checkId, true);
    }

    @POST
    @Path("checks/{id}/refuse")
    @Operation(summary = "Tell the help desk the caller is not known to you: the check fails and no reset follows")
    public Response refuse(@PathParam("id") String checkId) {
        return answer(checkId, false);
    }

    @POST
    @Path("checks/{id}/stop")
    @Operation(summary = "Stop a reset waiting out its cooling-off: the person, or another manager of a TIN the person manages")
    public Response stop(@PathParam("id") String checkId) {
        Caller caller = Caller.authenticate(session);
        HelpDeskCaseEntity check = new HelpDeskCaseStore(session, realm.getId()).findLocked(checkId).orElseThrow(ApiException::notFound);
        new HelpDeskCases(session, realm).stop(caller.user(), check);
        HelpDeskAudit.record(session, realm, caller, check, Map.of("outcome", "stopped", "actingAs",
                check.getUserId().equals(caller.user().getId()) ? "self" : "manager"));
        return Response.noContent().build();
    }

    private Response answer(String checkId, boolean confirmed) {
        Caller caller = Caller.authenticate(session);
        HelpDeskCaseEntity check = new HelpDeskCaseStore(session, realm.getId()).findLocked(checkId)
                .filter(found -> found.getMethod() == HelpDeskMethod.ADMIN)
                .orElseThrow(ApiException::notFound);
        Tin tin = Tin.parse(check.getTin()).orElseThrow(ApiException::notFound);
        TinManager manager;
        try {
            manager = TinAuthority.requireManager(session, realm, caller, tin.digits());
            TinAuthority.requireWithinPowers(session, realm, manager, check.getUserId());
        } catch (ApiException notTheirs) {
            throw ApiException.notFound();
        }
        if (check.getUserId().equals(caller.user().getId())) {
            throw ApiException.conflict("own_case", "You cannot confirm a call about yourself.");
        }
        // An agent who also manages the TIN would otherwise ask, confirm and reset alone: one person deciding the whole case.
        if (check.getOpenedBy().equals(caller.user().getId())) {
            throw ApiException.conflict("own_case", "You asked for this confirmation at the help desk; another manager of the Tax ID answers it.");
        }
        if (confirmed) {
            // Confirming lets the help desk remove someone's second factor: the manager's own must be fresh.
            RecentSecondFactor.require(session, realm, caller);
        }
        new HelpDeskCases(session, realm).answer(caller.user(), check, confirmed);
        HelpDeskAudit.record(session, realm, caller, check, Map.of("outcome", confirmed ? "confirmed" : "refused", "actingAs", manager.actingAs()));
        return Response.noContent().build();
    }

    private Ask ask(HelpDeskCaseEntity check, String kind) {
        UserModel person = session.users().getUserById(realm, check.getUserId());
        Tin tin = check.getTin() == null ? null : Tin.parse(check.getTin()).orElse(null);
        OrganizationModel provider = tin == null ? null : ProviderOrganization.of(session, tin);
        return new Ask(check.getId(), kind, check.getUserId(), person == null ? "" : PortalMail.name(person),
                tin == null ? null : tin.digits(), provider == null ? null : provider.getName(), check.getOpenedAt(), check.getDueAt());
    }
}
