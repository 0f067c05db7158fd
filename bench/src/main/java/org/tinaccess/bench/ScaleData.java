package org.tinaccess.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Data at scale written straight into the database the server runs on, in batches: Keycloak users
 * (USER_ENTITY rows, as an import would leave them, without credentials), TIN memberships and admin
 * requests. Far faster than the admin API, and what a migration from another system would do.
 */
final class ScaleData {

    private static final int BATCH = 1000;
    static final String[] FIRST = {"Ava", "Ben", "Cora", "Dev", "Ella", "Finn", "Gia", "Hugo", "Iris", "Jon", "Kai", "Lena",
        "Milo", "Nora", "Omar", "Pia", "Quinn", "Rosa", "Sam", "Tara"};
    static final String[] LAST = {"Anders", "Baker", "Castillo", "Dumont", "Eriksen", "Fischer", "Garcia", "Haas", "Ibsen",
        "Jensen", "Kowalski", "Larsen", "Moreau", "Nakamura", "Okafor", "Petrov", "Quist", "Rossi", "Schmidt", "Tanaka", "Ueda",
        "Varga", "Weber", "Xu", "Young", "Zhang", "Olsen", "Brooks", "Keller", "Meyer"};

    private ScaleData() {}

    /** The nine digits of the {@code index}-th TIN of the data set. */
    static String tin(int index) {
        return String.format("41%07d", index);
    }

    /** {@code count} users {@code member-NNNNNN@bench.test}, names drawn in turn from the lists above; answers their ids in order. */
    static List<String> users(Connection db, String realmId, int count) throws SQLException {
        String[] ids = new String[count];
        try (PreparedStatement user = db.prepareStatement("INSERT INTO USER_ENTITY (ID, EMAIL, EMAIL_CONSTRAINT, EMAIL_VERIFIED, ENABLED,"
                + " FIRST_NAME, LAST_NAME, REALM_ID, USERNAME, CREATED_TIMESTAMP, NOT_BEFORE) VALUES (?, ?, ?, TRUE, TRUE, ?, ?, ?, ?, ?, 0)")) {
            for (int i = 0; i < count; i++) {
                ids[i] = UUID.randomUUID().toString();
                String email = String.format("member-%06d@bench.test", i);
                user.setString(1, ids[i]);
                user.setString(2, email);
                user.setString(3, email);
                user.setString(4, FIRST[i % FIRST.length]);
                user.setString(5, LAST[(i / FIRST.length) % LAST.length]);
                user.setString(6, realmId);
                user.setString(7, email);
                user.setLong(8, System.currentTimeMillis());
                user.addBatch();
                flushEvery(user, i, db);
            }
            user.executeBatch();
            db.commit();
        }
        return List.of(ids);
    }

    /** Active memberships: {@code userIds.get(i)} in TIN {@code tinOf(i)}, of the Organization {@code orgOf(tin)}. */
    static void memberships(Connection db, String realmId, List<String> userIds, IntFunction<String> tinOf,
            Function<String, String> orgOf) throws SQLException {
        try (PreparedStatement member = db.prepareStatement(
                "INSERT INTO TA_MEMBER (REALM_ID, TIN, USER_ID, ORG_ID, STATUS, ADDED_AT) VALUES (?, ?, ?, ?, 'ACTIVE', ?)")) {
            for (int i = 0; i < userIds.size(); i++) {
                String tin = tinOf.apply(i);
                member.setString(1, realmId);
                member.setString(2, tin);
                member.setString(3, userIds.get(i));
                member.setString(4, orgOf.apply(tin));
                member.setLong(5, System.currentTimeMillis());
                member.addBatch();
                flushEvery(member, i, db);
            }
            member.executeBatch();
            db.commit();
        }
    }

    /** The admin claim on {@code tin} for {@code userId}. */
    static void adminClaim(Connection db, String realmId, String tin, String userId) throws SQLException {
        try (PreparedStatement claim = db.prepareStatement("INSERT INTO TA_ADMIN_CLAIM (REALM_ID, TIN, USER_ID, CLAIMED_AT) VALUES (?, ?, ?, ?)")) {
            claim.setString(1, realmId);
            claim.setString(2, tin);
            claim.setString(3, userId);
            claim.setLong(4, System.currentTimeMillis());
            claim.executeUpdate();
            db.commit();
        }
    }

    /**
     * {@code count} admin requests of one TIN line each, numbered from {@code from} (references and
     * TINs follow the number), pending or decided (the line denied), received in that order.
     */
    static void adminRequests(Connection db, String realmId, int from, int count, boolean pending, int tins) throws SQLException {
        try (PreparedStatement request = db.prepareStatement("INSERT INTO TA_ACCESS_REQUEST (ID, REALM_ID, KIND, STATUS, REFERENCE,"
                + " FIRST_NAME, LAST_NAME, EMAIL, ORGANIZATION, CREATED_AT, DECIDED_AT) VALUES (?, ?, 'ADMIN', ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement line = db.prepareStatement("INSERT INTO TA_REQUEST_TIN (ID, REQUEST_ID, REALM_ID, TIN, STATUS, REASON_CODE,"
                        + " RECEIVED_AT, DECIDED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            long base = System.currentTimeMillis() - 86_400_000L;
            for (int n = from; n < from + count; n++) {
                String id = UUID.randomUUID().toString();
                long received = base + n;
                request.setString(1, id);
                request.setString(2, realmId);
                request.setString(3, pending ? "PENDING" : "DECIDED");
                request.setString(4, String.format("AR-B%07d", n));
                request.setString(5, FIRST[n % FIRST.length]);
                request.setString(6, LAST[n % LAST.length]);
                request.setString(7, String.format("requester-%07d@bench.test", n));
                request.setString(8, "Clinic " + n);
                request.setLong(9, received);
                setDecided(request, 10, pending, received);
                request.addBatch();
                line.setString(1, UUID.randomUUID().toString());
                line.setString(2, id);
                line.setString(3, realmId);
                line.setString(4, tin(n % tins));
                line.setString(5, pending ? "PENDING" : "DENIED");
                line.setString(6, pending ? null : "ADMIN_EXISTS");
                line.setLong(7, received);
                setDecided(line, 8, pending, received);
                line.addBatch();
                if ((n - from + 1) % BATCH == 0) {
                    request.executeBatch();
                    line.executeBatch();
                    db.commit();
                }
            }
            request.executeBatch();
            line.executeBatch();
            db.commit();
        }
    }

    private static void setDecided(PreparedStatement statement, int index, boolean pending, long received) throws SQLException {
        if (pending) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, received + 60_000);
        }
    }

    private static void flushEvery(PreparedStatement statement, int i, Connection db) throws SQLException {
        if ((i + 1) % BATCH == 0) {
            statement.executeBatch();
            db.commit();
        }
    }
}
