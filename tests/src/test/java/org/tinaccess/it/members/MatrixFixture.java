package org.tinaccess.it.members;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.tinaccess.it.support.FactorHolders.Factor;
import org.tinaccess.it.support.FactorHolders;
import org.tinaccess.it.support.JoinPages;
import org.tinaccess.it.support.NotListedPages;
import org.tinaccess.it.support.PortalClient;
import org.tinaccess.it.support.PortalUsers;
import org.tinaccess.it.support.Providers;
import org.tinaccess.it.support.RealmUsers;
import org.tinaccess.it.support.RequestAccessPages;
import org.tinaccess.it.support.TestNpis;
import org.tinaccess.it.support.TestNpns;
import org.tinaccess.it.support.TestTins;
import org.tinaccess.it.support.TinAccessApi;
import org.tinaccess.it.support.TinAccessServer;

/**
 * The people, TINs and requests of {@link AuthorizationMatrixIT}: TIN A with its admin, a user, a
 * suspended user and an account invited but not accepted; TIN B with its admin and a user; a plain
 * account; a "my provider is not listed" request; two reviewers (one with a second factor passed just now, one that never passed one);
 * a token of another realm; and the portal's token of A's admin (valid, but not meant for the API).
 * TIN B is a billing service, with a pending request for access to TIN A: B's admin is the billing
 * admin, A's admin the client admin; B also has a user its admin lets request clients and one it does not.
 * TIN A is also an insurance agency (marked once its other users were added) with an agent, who joined
 * with their own NPN. A user of TIN A is its backup admin (named by A's admin, agreed): as a caller
 * they manage A's people but not A's admin or themselves, who are targets of the matrix too.
 */
final class MatrixFixture {

    /** The callers of the matrix. */
    enum Who {
        ANONYMOUS, OTHER_REALM_TOKEN, PORTAL_TOKEN, PLAIN_USER, INVITED, SUSPENDED, USER_OF_TIN, ADMIN_OF_TIN, ADMIN_OF_OTHER_TIN,
        BILLING_USER, BILLING_CLIENT_REQUESTER, REVIEWER, REVIEWER_WITHOUT_RECENT_SECOND_FACTOR, HELP_DESK,
        HELP_DESK_WITHOUT_RECENT_SECOND_FACTOR,
        /** An agent of TIN A, the agency: a member like USER_OF_TIN, with their own NPN. */
        AGENT,
        /** A user of TIN A its admin named a backup admin, who agreed. */
        BACKUP_ADMIN_OF_TIN
    }

    /** The kinds of target a path parameter names. */
    enum Kind { NONE, OWN, OTHER, UNREGISTERED, UNKNOWN, USER_OF_TIN, USER_OF_OTHER_TIN, A_REVIEWER, SELF, OTHER_REALM_USER,
        /** TIN A's admin, as the target of a call. */
        THE_ADMIN,
        /** TIN A's backup admin, as the target of a call. */
        THE_BACKUP_ADMIN }

    /**
     * HTTP/1.1, as a browser speaks to a plain-http server: the JDK client's default upgrade to
     * HTTP/2 (h2c) was seen here to leave calls waiting for ever, deaf to their timeout.
     */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final TinAccessServer server;
    private final Map<Who, String> tokens = new EnumMap<>(Who.class);
    private final Map<Who, String> userIds = new EnumMap<>(Who.class);
    private String tinA;
    private String tinB;
    private final String unregisteredTin = TestTins.next();
    /** An NPI no provider holds: its holder's read is 404, a move with a malformed body 400. */
    private final String unheldNpi = TestNpis.next();
    private String orgA;
    private String orgB;
    private String userOfB;
    private String otherRealmUser;
    private String requestId;
    private String requestTin;
    private String joinOfA;
    private String notListedId;
    /** A help-desk check about TIN A's user, waiting for TIN A's admin to confirm the caller. */
    private String checkId;
    private String grantOfA;
    /** The item about TIN A's user in TIN A's open access review. */
    private String reviewItemOfA;
    private String realmId;

    private MatrixFixture(TinAccessServer server) {
        this.server = server;
    }

    /** A target of one cell: which kind for each path parameter, resolved per caller. */
    record Target(Kind tin, Kind user, Kind id, Kind provider) {

        boolean administeredBy(Who who) {
            return (tin == Kind.OWN && who == Who.ADMIN_OF_TIN) || (tin == Kind.OTHER && who == Who.ADMIN_OF_OTHER_TIN);
        }

        /** The TIN in the path is one {@code who} manages: as its admin or as its backup admin. */
        boolean managedBy(Who who) {
            return administeredBy(who) || (tin == Kind.OWN && who == Who.BACKUP_ADMIN_OF_TIN);
        }

        /** The user in the path is TIN A's admin or its backup admin. */
        boolean isAnAdmin() {
            return user == Kind.THE_ADMIN || user == Kind.THE_BACKUP_ADMIN;
        }

        /** The user in the path is {@code who}. */
        boolean isCaller(Who who) {
            return (user == Kind.THE_ADMIN && who == Who.ADMIN_OF_TIN) || (user == Kind.THE_BACKUP_ADMIN && who == Who.BACKUP_ADMIN_OF_TIN);
        }

        boolean isOwnInvitation() {
            return provider == Kind.OWN;
        }

        boolean knownRequest() {
            return id != Kind.UNKNOWN;
        }

        boolean knownUser() {
            return user != Kind.UNKNOWN && user != Kind.OTHER_REALM_USER;
        }

        boolean isReviewerTarget() {
            return user == Kind.A_REVIEWER;
        }

        boolean isCaller() {
            return user == Kind.SELF;
        }

        /** The user in the path belongs to the TIN in the path. */
        boolean memberOfTheTin() {
            return (tin == Kind.OWN && (user == Kind.USER_OF_TIN || isAnAdmin())) || (tin == Kind.OTHER && user == Kind.USER_OF_OTHER_TIN)
                    || user == Kind.NONE;
        }

        /** The client grant in the path is addressed to the TIN in the path. */
        boolean clientGrantOfTheTin() {
            return tin == Kind.OWN && id == Kind.OWN;
        }

        /** The access review item in the path is in the review of the TIN in the path. */
        boolean reviewItemOfTheTin() {
            return tin == Kind.OWN && id == Kind.OWN;
        }

        boolean joinRequestOfTheTin() {
            return tin == Kind.OWN && id == Kind.OWN;
        }

        @Override
        public String toString() {
            return "tin=" + tin + " user=" + user + " id=" + id + " provider=" + provider;
        }
    }

    static MatrixFixture create(TinAccessServer server) {
        MatrixFixture fixture = new MatrixFixture(server);
        fixture.build();
        return fixture;
    }

    private void build() {
        realmId = server.realm().toRepresentation().getId();
        TinAccessApi setupReviewer = TinAccessApi.asNewReviewer(server);
        PortalUsers.TinAdmin a = PortalUsers.newTinAdmin(server, setupReviewer);
        PortalUsers.TinAdmin b = PortalUsers.newTinAdmin(server, setupReviewer);
        tinA = a.tin();
        tinB = b.tin();
        orgA = Providers.ofTin(server, tinA).getId();
        orgB = Providers.ofTin(server, tinB).getId();
        TinAccessApi adminA = TinAccessApi.at(server, "/tins", a.admin().apiToken());
        TinAccessApi adminB = TinAccessApi.at(server, "/tins", b.admin().apiToken());
        Providers.markBillingService(server, tinB);
        TinAccessApi.Answer grant = TinAccessApi.at(server, "/billing-services/" + tinB, b.admin().apiToken())
                .post("/client-grants", "{\"tin\":\"" + tinA + "\"}");
        assertEquals(201, grant.status(), grant.toString());
        grantOfA = grant.body().get("id").asText();

        PortalUsers.SignedIn user = member(adminA, tinA, "matrix-user");
        PortalUsers.SignedIn suspended = member(adminA, tinA, "matrix-suspended");
        PortalUsers.SignedIn backup = member(adminA, tinA, "matrix-backup");
        assertEquals(200, TinAccessApi.at(server, "/tins/" + tinA, a.admin().apiToken()).put("/members/" + backup.userId() + "/backup-admin", "").status());
        assertEquals(200, TinAccessApi.at(server, "/tins/backup-admin", backup.apiToken()).post("/" + orgA + "/accept", null).status());
        assertEquals(200, adminA.post("/" + tinA + "/members/" + suspended.userId() + "/suspend", null).status());
        PortalUsers.SignedIn billingUser = member(adminB, tinB, "matrix-user-b");
        userOfB = billingUser.userId();
        PortalUsers.SignedIn requester = member(adminB, tinB, "matrix-requester-b");
        TinAccessApi.Answer allowed = TinAccessApi.at(server, "/billing-services/" + tinB, b.admin().apiToken())
                .put("/members/" + requester.userId() + "/client-requests", "{\"allowed\":true}");
        assertEquals(200, allowed.status(), allowed.toString());
        FactorHolders.Holder invited = FactorHolders.create(server, Factor.APP);
        assertEquals(201, adminA.post("/" + tinA + "/members", body(invited.email())).status());
        FactorHolders.Holder plain = FactorHolders.create(server, Factor.APP);
        Providers.markAgency(server, tinA, TestNpns.next());
        String agentEmail = RealmUsers.uniqueEmail("matrix-agent");
        assertEquals(201, adminA.post("/" + tinA + "/members", body(agentEmail).replace("}", ",\"npn\":\"" + TestNpns.next() + "\"}")).status());
        PortalUsers.SignedIn agent = PortalUsers.activateAndSignIn(server, agentEmail, server.inbox().awaitMessageTo(agentEmail));

        requestTin = TestTins.next();
        String reference = RequestAccessPages.open(server).requestAdminAccess(RequestAccessPages.contact(RealmUsers.uniqueEmail("matrix-request")),
                List.of(requestTin));
        requestId = setupReviewer.findByReference(reference).get("id").asText();
        joinOfA = joinRequest(adminA);
        notListedId = notListedRequest(setupReviewer);
        otherRealmUser = otherRealm();

        // Tokens last, so none is near its end (or a reviewer's second factor older than 5 minutes) when the cells run.
        tokens.put(Who.PORTAL_TOKEN, a.admin().accessToken());
        signIn(Who.PLAIN_USER, plain);
        signIn(Who.INVITED, invited);
        tokens.put(Who.SUSPENDED, PortalUsers.signIn(server, suspended.email(), suspended.totpSecret()).apiToken());
        userIds.put(Who.SUSPENDED, suspended.userId());
        tokens.put(Who.USER_OF_TIN, PortalUsers.signIn(server, user.email(), user.totpSecret()).apiToken());
        userIds.put(Who.USER_OF_TIN, user.userId());
        tokens.put(Who.BACKUP_ADMIN_OF_TIN, PortalUsers.signIn(server, backup.email(), backup.totpSecret()).apiToken());
        userIds.put(Who.BACKUP_ADMIN_OF_TIN, backup.userId());
        tokens.put(Who.AGENT, PortalUsers.signIn(server, agent.email(), agent.totpSecret()).apiToken());
        userIds.put(Who.AGENT, agent.userId());
        tokens.put(Who.ADMIN_OF_TIN, PortalUsers.signIn(server, a.admin().email(), a.admin().totpSecret()).apiToken());
        userIds.put(Who.ADMIN_OF_TIN, a.admin().userId());
        tokens.put(Who.ADMIN_OF_OTHER_TIN, PortalUsers.signIn(server, b.admin().email(), b.admin().totpSecret()).apiToken());
        userIds.put(Who.ADMIN_OF_OTHER_TIN, b.admin().userId());
        tokens.put(Who.BILLING_USER, PortalUsers.signIn(server, billingUser.email(), billingUser.totpSecret()).apiToken());
        userIds.put(Who.BILLING_USER, billingUser.userId());
        tokens.put(Who.BILLING_CLIENT_REQUESTER, PortalUsers.signIn(server, requester.email(), requester.totpSecret()).apiToken());
        userIds.put(Who.BILLING_CLIENT_REQUESTER, requester.userId());
        stale(Who.REVIEWER_WITHOUT_RECENT_SECOND_FACTOR, "tin-reviewer");
        TinAccessApi reviewer = TinAccessApi.asNewReviewer(server);
        tokens.put(Who.REVIEWER, reviewer.token());
        userIds.put(Who.REVIEWER, reviewer.userId());
        stale(Who.HELP_DESK_WITHOUT_RECENT_SECOND_FACTOR, "tin-help-desk");
        TinAccessApi helpDesk = TinAccessApi.asNewHelpDesk(server);
        tokens.put(Who.HELP_DESK, helpDesk.token());
        userIds.put(Who.HELP_DESK, helpDesk.userId());
        TinAccessApi.Answer check = helpDesk.post("/people/" + user.userId() + "/checks", "{\"method\":\"admin\",\"tin\":\"" + tinA + "\"}");
        assertEquals(201, check.status(), check.toString());
        checkId = check.body().get("id").asText();
        // The managers asked to confirm are mailed after the commit: both mails in, so the matrix's state holds still.
        server.inbox().awaitMessageTo(a.admin().email(), "confirm a caller");
        server.inbox().awaitMessageTo(backup.email(), "confirm a caller");

        // An access review of each TIN, open: its managers read it, and TIN A's review has an item about TIN A's user.
        TinAccessApi reviews = TinAccessApi.at(server, "/access-reviews", setupReviewer.token());
        for (String tin : List.of(tinA, tinB)) {
            TinAccessApi.Answer started = reviews.post("", "{\"tin\":\"" + tin + "\"}");
            assertEquals(201, started.status(), started.toString());
            if (tin.equals(tinA)) {
                for (JsonNode item : started.body().get("items")) {
                    if (user.userId().equals(item.get("userId").asText())) {
                        reviewItemOfA = item.get("id").asText();
                    }
                }
            }
        }
        server.inbox().awaitMessageTo(a.admin().email(), "Review who has access");
        server.inbox().awaitMessageTo(backup.email(), "Review who has access");
        server.inbox().awaitMessageTo(b.admin().email(), "Review who has access");
    }

    private static String body(String email) {
        return "{\"email\":\"" + email + "\",\"firstName\":\"Matrix\",\"lastName\":\"Person\",\"entitlements\":[\"claims\"]}";
    }

    private PortalUsers.SignedIn member(TinAccessApi admin, String tin, String who) {
        String email = RealmUsers.uniqueEmail(who);
        assertEquals(201, admin.post("/" + tin + "/members", body(email)).status());
        return PortalUsers.activateAndSignIn(server, email, server.inbox().awaitMessageTo(email));
    }

    private void signIn(Who who, FactorHolders.Holder holder) {
        tokens.put(who, PortalUsers.signIn(server, holder.email(), RealmUsers.PASSWORD, holder.totpSecret()).apiToken());
        userIds.put(who, holder.userId());
    }

    private String joinRequest(TinAccessApi adminA) {
        new JoinPages(server).searchByName(Providers.ofTin(server, tinA).getName()).submit(JoinPages.requester(RealmUsers.uniqueEmail("matrix-join")));
        return TinAccessApi.at(server, "/tins/" + tinA, tokens.getOrDefault(Who.ADMIN_OF_TIN, adminA.token())).get("/join-requests")
                .body().get("items").get(0).get("id").asText();
    }

    private String notListedRequest(TinAccessApi setupReviewer) {
        String reference = NotListedPages.open(server).submit(NotListedPages.person(RealmUsers.uniqueEmail("matrix-not-listed"))).reference();
        for (JsonNode item : TinAccessApi.at(server, "/not-listed-requests", setupReviewer.token()).get("?status=open&max=100").body().get("items")) {
            if (reference.equals(item.get("reference").asText())) {
                return item.get("id").asText();
            }
        }
        throw new AssertionError("not-listed request " + reference + " not in the reviewers' list");
    }

    /** A holder of {@code roleName} whose only sign-in was with a password: no second factor passed in their session. */
    private void stale(Who who, String roleName) {
        String email = RealmUsers.uniqueEmail("matrix-stale-" + roleName);
        String id = RealmUsers.create(server, email, RealmUsers.PASSWORD);
        RoleRepresentation role = server.realm().roles().get(roleName).toRepresentation();
        server.realm().users().get(id).roles().realmLevel().add(List.of(role));
        tokens.put(who, RealmUsers.signIn(server, email, RealmUsers.PASSWORD));
        userIds.put(who, id);
    }

    /** Another realm of the same server with a user and a client that hands out tokens; answers that user's id. */
    private String otherRealm() {
        RealmRepresentation realm = new RealmRepresentation();
        realm.setRealm("matrix-" + UUID.randomUUID().toString().substring(0, 8));
        realm.setEnabled(true);
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId("matrix-cli");
        client.setPublicClient(true);
        client.setDirectAccessGrantsEnabled(true);
        realm.setClients(List.of(client));
        realm.setUsers(List.of(RealmUsers.withPassword("outsider", "outsider@elsewhere.test", RealmUsers.PASSWORD)));
        server.admin().realms().create(realm);
        Map.Entry<Integer, String> token = PortalClient.tokenEndpoint(server.baseUrl() + "/realms/" + realm.getRealm(),
                Map.of("grant_type", "password", "client_id", "matrix-cli", "username", "outsider", "password", RealmUsers.PASSWORD));
        assertEquals(200, token.getKey().intValue(), token.getValue());
        tokens.put(Who.OTHER_REALM_TOKEN, token.getValue().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1"));
        return server.admin().realm(realm.getRealm()).users().search("outsider").get(0).getId();
    }

    /** The targets an operation is called on, by the parameters of its path. */
    List<Target> targets(String operation) {
        boolean tin = operation.contains("{tin}");
        boolean user = operation.contains("{userId}");
        boolean id = operation.contains("{id}");
        List<Target> targets = new ArrayList<>();
        if (operation.contains("{providerId}")) {
            targets.add(new Target(Kind.NONE, Kind.NONE, Kind.NONE, Kind.OWN));
            targets.add(new Target(Kind.NONE, Kind.NONE, Kind.NONE, Kind.OTHER));
        } else if (operation.startsWith("POST /help-desk/people/")) {
            for (Kind kind : List.of(Kind.USER_OF_TIN, Kind.A_REVIEWER, Kind.SELF, Kind.OTHER_REALM_USER)) {
                targets.add(new Target(Kind.NONE, kind, Kind.NONE, Kind.NONE));
            }
        } else if (operation.contains("/admin-requests/{id}") || operation.contains("/not-listed-requests/{id}")
                || operation.startsWith("POST /client-grants/{id}") || operation.contains("/checks/{id}")) {
            targets.add(new Target(Kind.NONE, Kind.NONE, Kind.OWN, Kind.NONE));
            targets.add(new Target(Kind.NONE, Kind.NONE, Kind.UNKNOWN, Kind.NONE));
        } else if (tin && user) {
            for (Kind[] pair : new Kind[][] {{Kind.OWN, Kind.USER_OF_TIN}, {Kind.OWN, Kind.USER_OF_OTHER_TIN}, {Kind.OWN, Kind.A_REVIEWER},
                    {Kind.OWN, Kind.OTHER_REALM_USER}, {Kind.OTHER, Kind.USER_OF_OTHER_TIN}, {Kind.UNREGISTERED, Kind.USER_OF_TIN},
                    {Kind.OWN, Kind.THE_ADMIN}, {Kind.OWN, Kind.THE_BACKUP_ADMIN}}) {
                targets.add(new Target(pair[0], pair[1], Kind.NONE, Kind.NONE));
            }
        } else if (tin && id) {
            targets.add(new Target(Kind.OWN, Kind.NONE, Kind.OWN, Kind.NONE));
            targets.add(new Target(Kind.OWN, Kind.NONE, Kind.UNKNOWN, Kind.NONE));
            targets.add(new Target(Kind.OTHER, Kind.NONE, Kind.OWN, Kind.NONE));
        } else if (tin) {
            for (Kind kind : List.of(Kind.OWN, Kind.OTHER, Kind.UNREGISTERED)) {
                targets.add(new Target(kind, Kind.NONE, Kind.NONE, Kind.NONE));
            }
        } else {
            targets.add(new Target(Kind.NONE, Kind.NONE, Kind.NONE, Kind.NONE));
        }
        return targets;
    }

    /** Calls {@code operation} as {@code who} on {@code target}; with {@code malformedBody}, a JSON body the API must refuse. */
    /** The public HTML pages among the operations, posted as their forms are. */
    private static final Set<String> FORM_PAGES = Set.of("/join", "/join/not-listed", "/pin", "/activation/resend");

    int call(Who who, String operation, Target target, boolean malformedBody) {
        String method = operation.substring(0, operation.indexOf(' '));
        String path = operation.substring(operation.indexOf(' ') + 1)
                .replace("{tin}", switch (target.tin()) {
                    case OWN -> tinA;
                    case OTHER -> tinB;
                    case UNREGISTERED -> unregisteredTin;
                    default -> requestTin;
                })
                .replace("{userId}", switch (target.user()) {
                    case USER_OF_TIN -> userIds.get(Who.USER_OF_TIN);
                    case USER_OF_OTHER_TIN -> userOfB;
                    case A_REVIEWER -> userIds.get(Who.REVIEWER_WITHOUT_RECENT_SECOND_FACTOR);
                    case SELF -> userIds.getOrDefault(who, userIds.get(Who.USER_OF_TIN));
                    case THE_ADMIN -> userIds.get(Who.ADMIN_OF_TIN);
                    case THE_BACKUP_ADMIN -> userIds.get(Who.BACKUP_ADMIN_OF_TIN);
                    default -> otherRealmUser;
                })
                .replace("{id}", target.id() == Kind.OWN ? ownId(operation) : UUID.randomUUID().toString())
                .replace("{providerId}", target.provider() == Kind.OWN ? orgA : orgB)
                .replace("{npi}", unheldNpi);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.realmUrl() + "/tin-access" + path))
                // A cell that never answers fails, naming itself, instead of holding the run.
                .timeout(Duration.ofSeconds(30))
                .header("Accept", FORM_PAGES.contains(path) ? "text/html" : "application/json");
        if (tokens.get(who) != null) {
            request.header("Authorization", "Bearer " + tokens.get(who));
        }
        if (method.equals("POST") && FORM_PAGES.contains(path)) {
            request.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(""));
        } else if (method.equals("GET") || method.equals("DELETE")) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(malformedBody ? "{" : "{}"));
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(who + " " + method + " " + path + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String ownId(String operation) {
        if (operation.contains("join-requests")) {
            return joinOfA;
        }
        if (operation.contains("client-grants")) {
            return grantOfA;
        }
        if (operation.contains("/checks/")) {
            return checkId;
        }
        if (operation.contains("/access-review/")) {
            return reviewItemOfA;
        }
        return operation.contains("not-listed-requests") ? notListedId : requestId;
    }

    /** What a refused call must not change: the rows of both TINs, the requests and the client grants, accounts, credentials, mails, admin events. */
    String state() {
        StringBuilder state = new StringBuilder();
        try (Connection db = server.database().orElseThrow().connect()) {
            state.append(rows(db, "select TIN, USER_ID from TA_ADMIN_CLAIM where REALM_ID = ? order by TIN", realmId));
            state.append(rows(db, "select TIN, USER_ID, STATUS, REQUESTS_CLIENTS, BACKUP_ADMIN from TA_MEMBER where REALM_ID = ? and TIN in (?, ?) order by TIN, USER_ID",
                    realmId, tinA, tinB));
            state.append(rows(db, "select ORG_ID, USER_ID, ENTITLEMENT from TA_MEMBER_ENTITLEMENT where REALM_ID = ? and ORG_ID in (?, ?)"
                    + " order by ORG_ID, USER_ID, ENTITLEMENT", realmId, orgA, orgB));
            state.append(rows(db, "select ID, STATUS from TA_REQUEST_TIN where REQUEST_ID in (?, ?) order by ID", requestId, joinOfA));
            state.append(rows(db, "select ID, STATUS, OUTCOME, CLOSED_BY from TA_ACCESS_REQUEST where ID = ?", notListedId));
            state.append(rows(db, "select ID, STATUS, ENTITLEMENTS, RESENT from TA_CLIENT_GRANT where REALM_ID = ? order by ID", realmId));
            state.append(rows(db, "select GRANT_ID, USER_ID, ENTITLEMENTS from TA_CLIENT_ASSIGNMENT where REALM_ID = ? order by GRANT_ID, USER_ID",
                    realmId));
            state.append(rows(db, "select count(*) from USER_ENTITY where REALM_ID = ?", realmId));
            state.append(rows(db, "select ID, STATUS, TRIES, VERIFIED_BY from TA_HELP_DESK_CASE where REALM_ID = ? order by ID", realmId));
            state.append(rows(db, "select NPN, USER_ID from TA_AGENT_NPN where REALM_ID = ? order by NPN", realmId));
            state.append(rows(db, "select r.TIN, r.CLOSED_AT, i.SUBJECT_ID, i.DECISION from TA_ACCESS_REVIEW r join TA_ACCESS_REVIEW_ITEM i"
                    + " on i.REVIEW_ID = r.ID where r.REALM_ID = ? order by r.TIN, i.SUBJECT_ID", realmId));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        for (String userId : userIds.values()) {
            UserRepresentation user = server.realm().users().get(userId).toRepresentation();
            state.append(userId).append(' ').append(user.isEnabled()).append(' ').append(user.getRequiredActions()).append(' ')
                    .append(server.realm().users().get(userId).credentials().stream().map(CredentialRepresentation::getId).sorted().toList())
                    .append('\n');
        }
        state.append("mails ").append(server.inbox().received()).append('\n');
        state.append("admin events ").append(server.realm().getAdminEvents(null, null, null, null, null, null, null, null, 0, 100000).size());
        return state.toString();
    }

    private static String rows(Connection db, String sql, String... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<String> row = new ArrayList<>();
                    for (int column = 1; column <= columns; column++) {
                        row.add(result.getString(column));
                    }
                    rows.add(String.join(",", row));
                }
            }
            return rows.stream().collect(Collectors.joining(";", sql.substring(0, Math.min(40, sql.length())) + ": ", "\n"));
        }
    }
}
