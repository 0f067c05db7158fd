package org.tinaccess.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.NoCache;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.tinaccess.accessreview.AccessReviewResource;
import org.tinaccess.accessreview.OwnAccessReviewsResource;
import org.tinaccess.accessreview.ReviewerAccessReviewsResource;
import org.tinaccess.activation.ActivationResendPage;
import org.tinaccess.backup.BackupAdminResource;
import org.tinaccess.backup.BackupAdminsResource;
import org.tinaccess.backup.OwnBackupRoleResource;
import org.tinaccess.backup.SuccessionResource;
import org.tinaccess.billing.BillingService;
import org.tinaccess.billing.BillingServiceResource;
import org.tinaccess.billing.ClientGrantsResource;
import org.tinaccess.billing.ReviewerGrantsResource;
import org.tinaccess.helpdesk.HelpDeskAsksResource;
import org.tinaccess.helpdesk.HelpDeskResource;
import org.tinaccess.join.JoinPage;
import org.tinaccess.join.JoinRequestsResource;
import org.tinaccess.members.TinAuthority;
import org.tinaccess.members.TinsResource;
import org.tinaccess.notlisted.NotListedPage;
import org.tinaccess.notlisted.NotListedResource;
import org.tinaccess.npis.NpiHolderResource;
import org.tinaccess.provider.ProtectedAccounts;
import org.tinaccess.request.MyRequestsResource;
import org.tinaccess.rest.ApiException;
import org.tinaccess.rest.Caller;
import org.tinaccess.rest.GetOnlyFallback;
import org.tinaccess.rest.Json;
import org.tinaccess.review.ReviewResource;
import org.tinaccess.verify.PinPage;
import org.tinaccess.verify.records.PaymentRecordsResource;

/**
 * Root of {@code /realms/{realm}/tin-access}. Keycloak authenticates nothing here: each
 * sub-resource that is not public checks the bearer token and the caller's role itself.
 */
public class TinAccessResource extends GetOnlyFallback {


    public TinAccessResource(KeycloakSession session) {
        super(session);
    }

    @GET
    @Path("config")
    @NoCache
    @Operation(summary = "The realm's public TIN Access settings: entitlement names and TIN-disclosure mode")
    public Response config() {
        return Json.ok(PublicConfig.of(session.getContext().getRealm()));
    }

    @GET
    @Path("openapi.json")
    @Operation(summary = "This API's OpenAPI 3 document, generated from the code at build time")
    public Response openApi() {
        InputStream document = TinAccessResource.class.getClassLoader().getResourceAsStream(ApiDocument.RESOURCE);
        if (document == null) {
            throw ApiException.notFound();
        }
        return Response.ok(document, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Path("admin-requests")
    public ReviewResource adminRequests() {
        return new ReviewResource(session);
    }

    @Path("tins")
    public TinsResource tins() {
        return new TinsResource(session);
    }

    @Path("tins/access-reviews")
    public OwnAccessReviewsResource ownAccessReviews() {
        return new OwnAccessReviewsResource(session);
    }

    @Path("tins/{tin}/access-review")
    public AccessReviewResource accessReview(@PathParam("tin") String tin) {
        return new AccessReviewResource(session, tin);
    }

    @Path("access-reviews")
    public ReviewerAccessReviewsResource accessReviews() {
        return new ReviewerAccessReviewsResource(session);
    }

    /** Mounted here rather than under TinResource so that members/ does not depend on join/. */
    @Path("tins/{tin}/join-requests")
    public JoinRequestsResource joinRequests(@PathParam("tin") String tin) {
        Caller caller = Caller.authenticate(session);
        RealmModel realm = session.getContext().getRealm();
        return new JoinRequestsResource(session, realm, TinAuthority.requireManager(session, realm, caller, tin), caller);
    }

    /** Mounted here so that members/ does not depend on backup/. */
    @Path("tins/{tin}/backup-admins")
    public BackupAdminsResource backupAdmins(@PathParam("tin") String tin) {
        return new BackupAdminsResource(session, tin);
    }

    @Path("tins/{tin}/members/{userId}/backup-admin")
    public BackupAdminResource backupAdmin(@PathParam("tin") String tin, @PathParam("userId") String userId) {
        return new BackupAdminResource(session, tin, userId);
    }

    @Path("tins/{tin}/admin/succession")
    public SuccessionResource succession(@PathParam("tin") String tin) {
        return new SuccessionResource(session, tin);
    }

    @Path("tins/backup-admin")
    public OwnBackupRoleResource ownBackupRole() {
        return new OwnBackupRoleResource(session);
    }

    /** The client side of billing services' grants: this TIN's own admin and backup admins. */
    @Path("tins/{tin}/client-grants")
    public ClientGrantsResource clientGrants(@PathParam("tin") String tin) {
        Caller caller = Caller.authenticate(session);
        RealmModel realm = session.getContext().getRealm();
        return new ClientGrantsResource(session, realm, TinAuthority.requireManager(session, realm, caller, tin), caller);
    }

    /** A billing service's own side: the admin of that service's TIN, and the users it lets request clients. */
    @Path("billing-services/{tin}")
    public BillingServiceResource billingService(@PathParam("tin") String tin) {
        Caller caller = Caller.authenticate(session);
        RealmModel realm = session.getContext().getRealm();
        return new BillingServiceResource(session, realm, BillingService.requireStaff(session, realm, caller, tin));
    }

    @Path("client-grants")
    public ReviewerGrantsResource reviewerGrants() {
        Caller caller = Caller.authenticate(session).requireRealmRole(session.getContext().getRealm(), ProtectedAccounts.REVIEWER_ROLE);
        return new ReviewerGrantsResource(session, session.getContext().getRealm(), caller);
    }

    @Path("help-desk")
    public HelpDeskResource helpDesk() {
        return new HelpDeskResource(session);
    }

    @Path("tins/help-desk")
    public HelpDeskAsksResource helpDeskAsks() {
        return new HelpDeskAsksResource(session);
    }

    @Path("requests")
    public MyRequestsResource requests() {
        return new MyRequestsResource(session);
    }

    @Path("activation/resend")
    public ActivationResendPage activationResend() {
        return new ActivationResendPage(session);
    }

    @Path("pin")
    public PinPage pin() {
        return new PinPage(session);
    }

    @Path("payment-records")
    public PaymentRecordsResource paymentRecords() {
        return new PaymentRecordsResource(session);
    }

    @Path("join")
    public JoinPage join() {
        return new JoinPage(session);
    }

    @Path("join/not-listed")
    public NotListedPage notListed() {
        return new NotListedPage(session);
    }

    @Path("npis/{npi}")
    public NpiHolderResource npi(@PathParam("npi") String npi) {
        return new NpiHolderResource(session, npi);
    }

    @Path("not-listed-requests")
    public NotListedResource notListedRequests() {
        return new NotListedResource(session);
    }
}
