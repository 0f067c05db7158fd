package org.tinaccess.it.members;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tinaccess.api.ApiDocument;
import org.tinaccess.it.members.MatrixFixture.Who;
import org.tinaccess.it.support.IntegrationTest;
import org.tinaccess.it.support.TinAccessServer;

/**
 * Every operation of the API's OpenAPI document (generated from the code at build time) called by
 * every kind of caller on every kind of target, with the exact status each cell must answer, and
 * proof that the refusals changed nothing (rows, accounts, mails, events). An operation the document
 * has and this matrix does not know fails the test, so no endpoint ships without its row.
 *
 * <p>Cells where the caller is allowed are called when that changes nothing (reads; writes with a
 * body the API refuses as malformed, 400, which proves the caller got past the permission checks);
 * the allowed changes themselves are proved by the feature tests (TinMembersIT, DelegatedPowersIT,
 * ReviewRulesIT, ReviewerBoundsIT, JoinRequestsIT, BillingServiceJourneyIT, AgencyJourneyIT).
 *
 * <p>The agent row ({@link Who#AGENT}, an agent of TIN A, an insurance agency) is a member and nothing
 * more: reads about themselves, and 403 on every endpoint of the agency's admin, the reviewers'
 * and the billing services'.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT {

    /** Who may call an operation. */
    enum Rule {
        /** Anyone, with or without a token. */
        PUBLIC,
        /** Anyone holding the link of an e-mail (the PIN page): without one, 400. */
        PUBLIC_LINK,
        /** Any signed-in person of the realm, about themselves. */
        SELF,
        /** Reviewers. */
        REVIEWER,
        /** Reviewers with a second factor passed in the last 5 minutes. */
        REVIEWER_STEP_UP,
        /** The plan's help desk. */
        HELP_DESK,
        /** The plan's help desk with a second factor passed in the last 5 minutes. */
        HELP_DESK_STEP_UP,
        /** Whom the help desk asks about a check: the managers of the check's TIN (confirm, refuse), the person and their co-managers (stop). */
        HELP_DESK_ASK,
        /** The admin of the TIN in the path. */
        TIN_ADMIN,
        /** The admin of the TIN in the path or one of its backup admins (who may not act on the admin or on backup admins). */
        TIN_MANAGER,
        /** A backup admin of the TIN in the path, with a recent second factor. */
        BACKUP_ADMIN_STEP_UP,
        /** Any signed-in person about a provider whose admin named them a backup admin. */
        SELF_NAMED,
        /** The active admin of any TIN (asking for another one). */
        ANY_TIN_ADMIN,
        /** The admin of the TIN or a reviewer, either with a recent second factor. */
        TIN_ADMIN_OR_REVIEWER_STEP_UP,
        /** The admin of the billing service in the path (TIN B of the fixture); the admin of a TIN that is no billing service too is refused. */
        SERVICE_ADMIN,
        /** The billing service's admin, or a user of the service its admin lets request clients (not its other users). */
        SERVICE_STAFF
    }

    private static final Map<String, Rule> RULES = new LinkedHashMap<>();

    static {
        RULES.put("GET /config", Rule.PUBLIC);
        RULES.put("GET /openapi.json", Rule.PUBLIC);
        RULES.put("GET /join", Rule.PUBLIC);
        RULES.put("POST /join", Rule.PUBLIC);
        RULES.put("GET /join/not-listed", Rule.PUBLIC);
        RULES.put("POST /join/not-listed", Rule.PUBLIC);
        RULES.put("GET /activation/resend", Rule.PUBLIC);
        RULES.put("POST /activation/resend", Rule.PUBLIC);
        RULES.put("GET /pin", Rule.PUBLIC_LINK);
        RULES.put("POST /pin", Rule.PUBLIC_LINK);
        RULES.put("GET /payment-records", Rule.REVIEWER);
        RULES.put("PUT /payment-records", Rule.REVIEWER);
        RULES.put("POST /payment-records/confirm", Rule.REVIEWER_STEP_UP);
        RULES.put("GET /tins", Rule.SELF);
        RULES.put("GET /requests", Rule.SELF);
        RULES.put("POST /requests/{id}/withdraw", Rule.SELF);
        RULES.put("POST /requests", Rule.ANY_TIN_ADMIN);
        RULES.put("POST /tins/invitations/{providerId}/accept", Rule.SELF);
        RULES.put("POST /tins/invitations/{providerId}/decline", Rule.SELF);
        RULES.put("GET /admin-requests", Rule.REVIEWER);
        RULES.put("GET /admin-requests/{id}", Rule.REVIEWER);
        RULES.put("POST /admin-requests/{id}/deny-sender", Rule.REVIEWER);
        RULES.put("POST /admin-requests/{id}/resend-activation", Rule.REVIEWER);
        RULES.put("POST /admin-requests/{id}/tins/{tin}/deny", Rule.REVIEWER);
        RULES.put("POST /admin-requests/{id}/tins/{tin}/approve", Rule.REVIEWER_STEP_UP);
        RULES.put("GET /not-listed-requests", Rule.REVIEWER);
        RULES.put("GET /not-listed-requests/{id}", Rule.REVIEWER);
        RULES.put("POST /not-listed-requests/{id}/close", Rule.REVIEWER);
        RULES.put("GET /help-desk/people", Rule.HELP_DESK);
        RULES.put("POST /help-desk/people/{userId}/checks", Rule.HELP_DESK);
        RULES.put("GET /help-desk/checks/{id}", Rule.HELP_DESK);
        RULES.put("POST /help-desk/checks/{id}/code", Rule.HELP_DESK);
        RULES.put("POST /help-desk/checks/{id}/reset", Rule.HELP_DESK_STEP_UP);
        RULES.put("GET /tins/help-desk", Rule.SELF);
        RULES.put("POST /tins/help-desk/checks/{id}/confirm", Rule.HELP_DESK_ASK);
        RULES.put("POST /tins/help-desk/checks/{id}/refuse", Rule.HELP_DESK_ASK);
        RULES.put("POST /tins/help-desk/checks/{id}/stop", Rule.HELP_DESK_ASK);
        RULES.put("GET /npis/{npi}", Rule.REVIEWER);
        RULES.put("PUT /npis/{npi}", Rule.REVIEWER_STEP_UP);
        RULES.put("GET /tins/{tin}/members", Rule.TIN_MANAGER);
        RULES.put("POST /tins/{tin}/members", Rule.TIN_MANAGER);
        RULES.put("GET /tins/{tin}/members/{userId}", Rule.TIN_MANAGER);
        RULES.put("DELETE /tins/{tin}/members/{userId}", Rule.TIN_MANAGER);
        RULES.put("PUT /tins/{tin}/members/{userId}/entitlements", Rule.TIN_MANAGER);
        RULES.put("PUT /tins/{tin}/members/{userId}/npis", Rule.TIN_MANAGER);
        RULES.put("POST /tins/{tin}/members/{userId}/suspend", Rule.TIN_MANAGER);
        RULES.put("POST /tins/{tin}/members/{userId}/reinstate", Rule.TIN_MANAGER);
        RULES.put("POST /tins/{tin}/members/{userId}/reset-mfa", Rule.TIN_MANAGER);
        RULES.put("POST /tins/{tin}/members/{userId}/resend-invite", Rule.TIN_MANAGER);
        RULES.put("GET /tins/{tin}/join-requests", Rule.TIN_MANAGER);
        RULES.put("POST /tins/{tin}/join-requests/{id}/approve", Rule.TIN_MANAGER);
        RULES.put("POST /tins/{tin}/join-requests/{id}/deny", Rule.TIN_MANAGER);
        RULES.put("POST /tins/{tin}/admin/transfer", Rule.TIN_ADMIN_OR_REVIEWER_STEP_UP);
        RULES.put("POST /tins/{tin}/admin/succession", Rule.BACKUP_ADMIN_STEP_UP);
        RULES.put("GET /tins/{tin}/backup-admins", Rule.TIN_MANAGER);
        RULES.put("PUT /tins/{tin}/members/{userId}/backup-admin", Rule.TIN_ADMIN);
        RULES.put("DELETE /tins/{tin}/members/{userId}/backup-admin", Rule.TIN_ADMIN);
        RULES.put("POST /tins/backup-admin/{providerId}/accept", Rule.SELF_NAMED);
        RULES.put("POST /tins/backup-admin/{providerId}/decline", Rule.SELF_NAMED);
        RULES.put("GET /tins/{tin}/client-grants", Rule.TIN_MANAGER);
        RULES.put("POST /tins/{tin}/client-grants/{id}/approve", Rule.TIN_MANAGER);
        RULES.put("POST /tins/{tin}/client-grants/{id}/deny", Rule.TIN_MANAGER);
        RULES.put("POST /tins/{tin}/client-grants/{id}/revoke", Rule.TIN_MANAGER);
        RULES.put("GET /billing-services/{tin}/client-grants", Rule.SERVICE_STAFF);
        RULES.put("POST /billing-services/{tin}/client-grants", Rule.SERVICE_STAFF);
        RULES.put("GET /billing-services/{tin}/members/{userId}/clients", Rule.SERVICE_ADMIN);
        RULES.put("PUT /billing-services/{tin}/members/{userId}/clients", Rule.SERVICE_ADMIN);
        RULES.put("GET /billing-services/{tin}/members/{userId}/client-requests", Rule.SERVICE_ADMIN);
        RULES.put("PUT /billing-services/{tin}/members/{userId}/client-requests", Rule.SERVICE_ADMIN);
        RULES.put("GET /tins/access-reviews", Rule.SELF);
        RULES.put("GET /tins/{tin}/access-review", Rule.TIN_MANAGER);
        RULES.put("POST /tins/{tin}/access-review/items/{id}", Rule.TIN_MANAGER);
        RULES.put("POST /access-reviews", Rule.REVIEWER);
        RULES.put("GET /access-reviews/{tin}/latest", Rule.REVIEWER);
        RULES.put("GET /client-grants", Rule.REVIEWER);
        RULES.put("POST /client-grants/{id}/resend", Rule.REVIEWER);
    }

    /** Callers without a token of this realm meant for the API. */
    private static final Set<Who> NO_API_TOKEN = Set.of(Who.ANONYMOUS, Who.OTHER_REALM_TOKEN, Who.PORTAL_TOKEN);
    private static final Set<Who> REVIEWERS = Set.of(Who.REVIEWER, Who.REVIEWER_WITHOUT_RECENT_SECOND_FACTOR);
    private static final Set<Who> HELP_DESKS = Set.of(Who.HELP_DESK, Who.HELP_DESK_WITHOUT_RECENT_SECOND_FACTOR);

    private MatrixFixture fixture;

    @BeforeAll
    void fixture(TinAccessServer server) {
        this.fixture = MatrixFixture.create(server);
    }

    @Test
    void everyOperationOfTheDocumentHasItsRowAndEveryRowItsOperation() {
        assertEquals(new TreeSet<>(RULES.keySet()), new TreeSet<>(documentedOperations()));
    }

    @Test
    void everyCellAnswersItsExactStatusAndRefusalsChangeNothing() throws Exception {
        String before = fixture.state();
        List<Callable<String>> cells = new ArrayList<>();
        for (String operation : documentedOperations()) {
            Rule rule = RULES.get(operation);
            for (Who who : Who.values()) {
                for (MatrixFixture.Target target : fixture.targets(operation)) {
                    Integer expected = expected(rule, operation, who, target);
                    if (expected == null) {
                        continue; // an allowed change: proved by the feature tests, not made here
                    }
                    cells.add(() -> {
                        int actual = fixture.call(who, operation, target, expected == 400);
                        return actual == expected ? null
                                : String.format("%-28s %-55s %-45s expected %d, got %d", who, operation, target, expected, actual);
                    });
                }
            }
        }
        // The cells are refusals and reads, independent of each other: a few at a time, as callers would come.
        ExecutorService callers = Executors.newFixedThreadPool(4);
        List<String> wrong = new ArrayList<>();
        try {
            for (Future<String> cell : callers.invokeAll(cells)) {
                if (cell.get() != null) {
                    wrong.add(cell.get());
                }
            }
        } finally {
            callers.shutdownNow();
        }
        int called = cells.size();
        assertEquals(List.of(), wrong, called + " cells called; these answered otherwise");
        assertTrue(called > 400, "the matrix called " + called + " cells");
        assertEquals(before, fixture.state(), "a refused call changed rows, accounts, mails or events");
    }

    @Test
    void anAgentCannotUseTheEndpointsOfTheAgencysAdmin() {
        List<String> wrong = new ArrayList<>();
        RULES.forEach((operation, rule) -> {
            if (rule == Rule.TIN_ADMIN || rule == Rule.TIN_MANAGER || rule == Rule.TIN_ADMIN_OR_REVIEWER_STEP_UP
                    || rule == Rule.BACKUP_ADMIN_STEP_UP) {
                for (MatrixFixture.Target target : fixture.targets(operation)) {
                    if (target.tin() == MatrixFixture.Kind.OWN) {
                        int actual = fixture.call(Who.AGENT, operation, target, true);
                        if (actual != 403) {
                            wrong.add(operation + " " + target + ": " + actual);
                        }
                    }
                }
            }
        });
        assertEquals(List.of(), wrong, "an agent of TIN A (the agency) is refused its admin's endpoints");
    }

    /** The status a cell must answer; null for an allowed change this test does not make. */
    static Integer expected(Rule rule, String operation, Who who, MatrixFixture.Target target) {
        boolean read = operation.startsWith("GET ");
        if (rule == Rule.PUBLIC) {
            return read ? 200 : 400; // the join form posted without its anti-forgery pair
        }
        if (rule == Rule.PUBLIC_LINK) {
            return 400; // no link's key: the page says the link is not valid, whoever asks
        }
        if (NO_API_TOKEN.contains(who)) {
            return 401;
        }
        switch (rule) {
            case SELF:
                if (read) {
                    return 200;
                }
                return who == Who.INVITED && target.isOwnInvitation() ? null : Integer.valueOf(404);
            case REVIEWER:
                return REVIEWERS.contains(who) ? reviewed(operation, target, read) : Integer.valueOf(403);
            case REVIEWER_STEP_UP:
                if (!REVIEWERS.contains(who)) {
                    return 403;
                }
                return who == Who.REVIEWER ? reviewedWithStepUp(operation, target) : Integer.valueOf(401);
            case TIN_ADMIN:
                return target.administeredBy(who) ? administered(operation, who, target, read) : Integer.valueOf(403);
            case TIN_MANAGER:
                if (!target.managedBy(who)) {
                    return 403;
                }
                // A backup admin's powers stop at the admin and the backup admins (themselves included): 403 for any change.
                return who == Who.BACKUP_ADMIN_OF_TIN && !read && target.isAnAdmin() ? Integer.valueOf(403)
                        : administered(operation, who, target, read);
            case BACKUP_ADMIN_STEP_UP:
                return who == Who.BACKUP_ADMIN_OF_TIN && target.tin() == MatrixFixture.Kind.OWN ? 400 : 403; // 400: the malformed body
            case SELF_NAMED:
                if (who != Who.BACKUP_ADMIN_OF_TIN || !target.isOwnInvitation()) {
                    return 404; // named for nothing there
                }
                return operation.endsWith("/accept") ? Integer.valueOf(409) : null; // agreed already; stepping down is a change
            case ANY_TIN_ADMIN:
                return who == Who.ADMIN_OF_TIN || who == Who.ADMIN_OF_OTHER_TIN ? 400 : 403; // past the checks, refused for the malformed body
            case TIN_ADMIN_OR_REVIEWER_STEP_UP:
                if (target.administeredBy(who) || who == Who.REVIEWER) {
                    return 400; // past the checks, refused for the malformed body
                }
                return who == Who.REVIEWER_WITHOUT_RECENT_SECOND_FACTOR ? 401 : 403;
            case HELP_DESK:
                return HELP_DESKS.contains(who) ? helpDesk(operation, target) : Integer.valueOf(403);
            case HELP_DESK_STEP_UP:
                if (!HELP_DESKS.contains(who)) {
                    return 403;
                }
                if (who == Who.HELP_DESK_WITHOUT_RECENT_SECOND_FACTOR) {
                    return 401;
                }
                return target.knownRequest() ? Integer.valueOf(409) : Integer.valueOf(404); // 409 not_verified: an unverified reset
            case HELP_DESK_ASK:
                if (!target.knownRequest()) {
                    return 404;
                }
                if (operation.endsWith("/stop")) {
                    return who == Who.USER_OF_TIN ? Integer.valueOf(409) : Integer.valueOf(404); // the person's own check, not scheduled
                }
                // TIN A's managers answer for its user (a change); the person themselves and everyone else find no such check.
                return who == Who.ADMIN_OF_TIN || who == Who.BACKUP_ADMIN_OF_TIN ? null : Integer.valueOf(404);
            case SERVICE_ADMIN:
                return who == Who.ADMIN_OF_OTHER_TIN && target.tin() == MatrixFixture.Kind.OTHER ? administered(operation, who, target, read)
                        : Integer.valueOf(403);
            case SERVICE_STAFF:
                return (who == Who.ADMIN_OF_OTHER_TIN || who == Who.BILLING_CLIENT_REQUESTER) && target.tin() == MatrixFixture.Kind.OTHER
                        ? administered(operation, who, target, read) : Integer.valueOf(403);
            default:
                throw new IllegalStateException(rule.name());
        }
    }

    /** The help desk's own operations, on the fixture's check waiting for TIN A's admin about TIN A's user. */
    private static Integer helpDesk(String operation, MatrixFixture.Target target) {
        if (operation.equals("GET /help-desk/people")) {
            return 400; // no q
        }
        if (operation.startsWith("POST /help-desk/people/")) {
            if (target.isCaller()) {
                return 409; // self_action
            }
            if (target.isReviewerTarget()) {
                return 403;
            }
            return target.knownUser() ? Integer.valueOf(400) : Integer.valueOf(404); // 400: no method
        }
        if (operation.endsWith("/code")) {
            return 400; // no code
        }
        return target.knownRequest() ? Integer.valueOf(200) : Integer.valueOf(404);
    }

    private static Integer reviewed(String operation, MatrixFixture.Target target, boolean read) {
        if (operation.startsWith("GET /npis/")) {
            return 404; // an NPI no provider holds
        }
        if (operation.equals("POST /access-reviews")) {
            return 400; // no TIN
        }
        if (operation.equals("GET /access-reviews/{tin}/latest")) {
            return target.tin() == MatrixFixture.Kind.UNREGISTERED ? 404 : 200; // the fixture's TINs each have a review
        }
        if (!target.knownRequest()) {
            return 404;
        }
        if (read) {
            return 200;
        }
        // A denial without a reason and a closing without an outcome are refused; the rest would change things.
        return operation.endsWith("/deny") || operation.endsWith("/close") ? Integer.valueOf(400) : null;
    }

    private static Integer reviewedWithStepUp(String operation, MatrixFixture.Target target) {
        if (operation.startsWith("POST /payment-records/")) {
            return null; // confirms others' uploads: a change, proved by TinVerificationIT
        }
        if (operation.startsWith("PUT /npis/")) {
            return 400; // past the checks, refused for the malformed body
        }
        return target.knownRequest() ? null : Integer.valueOf(404);
    }

    private static Integer administered(String operation, Who who, MatrixFixture.Target target, boolean read) {
        boolean aboutAMember = operation.contains("{userId}");
        boolean aboutAJoinRequest = operation.contains("join-requests/{id}");
        boolean aboutAClientGrant = operation.contains("client-grants/{id}");
        boolean aboutAReviewItem = operation.contains("access-review/items/{id}");
        if ((aboutAMember && !target.memberOfTheTin()) || (aboutAJoinRequest && !target.joinRequestOfTheTin())
                || (aboutAClientGrant && !target.clientGrantOfTheTin()) || (aboutAReviewItem && !target.reviewItemOfTheTin())) {
            return 404;
        }
        if (read) {
            return 200;
        }
        boolean aboutBackupAdmins = operation.endsWith("/backup-admin");
        if (aboutAMember && target.isCaller(who)) {
            // The admin on their own membership: refused as their own case; their lists are validated first.
            if (operation.startsWith("PUT /tins/{tin}/members/") && !aboutBackupAdmins) {
                return 400;
            }
            return 409; // self_action; already_activated for a re-invitation; not_backup_admin for a withdrawal
        }
        if (aboutBackupAdmins) {
            // Naming the backup admin again is refused; naming someone else or withdrawing would change things.
            return operation.startsWith("PUT") && target.user() == MatrixFixture.Kind.THE_BACKUP_ADMIN ? Integer.valueOf(409) : null;
        }
        // A revoke takes no body: it would change things, so it is left to BillingServiceJourneyIT.
        boolean withBody = operation.startsWith("PUT ") || operation.equals("POST /tins/{tin}/members")
                || operation.equals("POST /billing-services/{tin}/client-grants") || operation.endsWith("{id}/approve")
                || operation.endsWith("{id}/deny") || aboutAReviewItem;
        return withBody ? Integer.valueOf(400) : null;
    }

    private static List<String> documentedOperations() {
        try (InputStream document = AuthorizationMatrixIT.class.getClassLoader().getResourceAsStream(ApiDocument.RESOURCE)) {
            if (document == null) {
                throw new AssertionError(ApiDocument.RESOURCE + " is not in the providers jar");
            }
            JsonNode paths = new ObjectMapper().readTree(document).get("paths");
            List<String> operations = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> path = it.next();
                path.getValue().fieldNames().forEachRemaining(method -> operations.add(method.toUpperCase() + " "
                        + path.getKey().replace("/realms/{realm}/tin-access", "")));
            }
            return operations;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
