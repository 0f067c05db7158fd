package org.tinaccess.npis;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.NoCache;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.tinaccess.provider.ProtectedAccounts;
import org.tinaccess.rest.ApiException;
import org.tinaccess.rest.AuditKind;
import org.tinaccess.rest.AuditTrail;
import org.tinaccess.rest.Caller;
import org.tinaccess.rest.GetAndPutFallback;
import org.tinaccess.rest.Json;
import org.tinaccess.rest.JsonBody;
import org.tinaccess.rest.RecentSecondFactor;
import org.tinaccess.tin.Npi;
import org.tinaccess.tin.Tin;

/** {@code /tin-access/npis/{npi}}: which provider holds a Type 2 NPI, and a reviewer's move of it to another provider. */
public class NpiHolderResource extends GetAndPutFallback {

    private final RealmModel realm;
    private final String npiInPath;

    public NpiHolderResource(KeycloakSession session, String npiInPath) {
        super(session);
        this.realm = session.getContext().getRealm();
        this.npiInPath = npiInPath;
    }

    @GET
    @NoCache
    @Operation(summary = "The provider that holds the NPI (its TIN and name); 404 when none does")
    public Response get() {
        reviewer();
        return Json.ok(new NpiHolders(session, realm).holder(npi()).orElseThrow(ApiException::notFound));
    }

    @PUT
    @Operation(summary = "Give the NPI to the provider of {\"tin\"}: the provider that held it loses it, with its members' limits to it"
            + " (a member limited to it alone is suspended there). Needs the reviewer's second factor in the last 5 minutes;"
            + " never by a reviewer who belongs to either provider")
    public Response move(String body) {
        Caller reviewer = reviewer();
        // It decides which provider's data an NPI opens: a stolen or left-open session must not.
        RecentSecondFactor.require(session, realm, reviewer);
        Npi npi = npi();
        JsonNode json = JsonBody.object(body);
        Tin tin = Tin.parse(json.path("tin").asText(""))
                .orElseThrow(() -> ApiException.badRequest("invalid_tin", "tin must be a 9-digit Tax ID Number."));
        NpiHolders.Moved moved = new NpiHolders(session, realm).move(npi, tin, reviewer.user());
        Map<String, String> details = new LinkedHashMap<>();
        details.put("npi", npi.digits());
        details.put("to", tin.masked());
        details.put("from", moved.previousTin() == null ? "" : Tin.parse(moved.previousTin()).map(Tin::masked).orElse(""));
        details.put("suspended", String.valueOf(moved.suspended()));
        new AuditTrail(session, realm, reviewer).record(OperationType.UPDATE, AuditKind.TIN_ACCESS_PROVIDER_NPI, "npis/" + npi.digits(), details);
        return Json.ok(moved);
    }


    private Npi npi() {
        return Npi.parse(npiInPath).orElseThrow(() -> ApiException.badRequest("invalid_npi", "The NPI must be 10 digits with a valid check digit."));
    }

    private Caller reviewer() {
        return Caller.authenticate(session).requireRealmRole(realm, ProtectedAccounts.REVIEWER_ROLE);
    }
}
