package org.tinaccess.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.tinaccess.it.support.ClusterTest;
import org.tinaccess.it.support.Concurrently;
import org.tinaccess.it.support.Providers;
import org.tinaccess.it.support.RealmSettings;
import org.tinaccess.it.support.RealmUsers;
import org.tinaccess.it.support.RequestAccessPages;
import org.tinaccess.it.support.TestTins;
import org.tinaccess.it.support.TinAccessApi;
import org.tinaccess.it.support.TinAccessCluster;
import org.tinaccess.it.support.TinAccessServer;
import org.tinaccess.settings.FormLimits;

/**
 * Two reviewers on two nodes share no memory: what keeps a TIN to one admin is the database's
 * primary key on the admin claim, which both nodes write to.
 */
@ClusterTest
class ReviewAcrossNodesIT {

    private static final int REQUESTS = 4;

    @Test
    void reviewersOnBothNodesApprovingDifferentRequestsForOneTinAtOnceMakeExactlyOneAdmin(TinAccessCluster cluster) throws Exception {
        TinAccessServer first = cluster.node(1);
        TinAccessServer second = cluster.node(2);
        TinAccessApi onFirst = TinAccessApi.asNewReviewer(first);
        TinAccessApi onSecond = TinAccessApi.asNewReviewer(second);
        String tin = TestTins.next();
        List<String> ids = new ArrayList<>();
        // Set on node 1, read by node 2: the realm cache is invalidated across the cluster.
        try (RealmSettings limits = RealmSettings.temporarily(first, Map.of(FormLimits.OPEN_PER_TIN, "20", FormLimits.PER_TIN_PER_DAY, "20"))) {
            for (int i = 0; i < REQUESTS; i++) {
                TinAccessServer node = cluster.node(1 + i % 2);
                String reference = RequestAccessPages.open(node).requestAdminAccess(RequestAccessPages.contact(RealmUsers.uniqueEmail("race")),
                        List.of(tin));
                ids.add(onFirst.findByReference(reference).get("id").asText());
            }
        }
        List<Callable<Integer>> calls = new ArrayList<>();
        for (String id : ids) {
            calls.add(() -> onFirst.approve(id, tin).status());
            calls.add(() -> onSecond.approve(id, tin).status());
        }

        List<Integer> statuses = Concurrently.run(calls);

        assertEquals(1, statuses.stream().filter(status -> status == 200).count(), statuses.toString());
        assertEquals(calls.size() - 1, statuses.stream().filter(status -> status == 409).count(), statuses.toString());
        long approved = ids.stream()
                .filter(id -> "approved".equals(TinAccessApi.line(onSecond.get("/" + id).body(), tin).get("status").asText()))
                .count();
        assertEquals(1, approved, "one request approved, as both nodes see it");
        assertEquals(1, adminClaims(first, tin), "one admin claim row");
        assertEquals(1, Providers.withTin(second, tin).size(), "one provider Organization");
    }

    private static int adminClaims(TinAccessServer server, String tin) throws SQLException {
        try (Connection connection = server.database().orElseThrow().connect();
                PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM TA_ADMIN_CLAIM WHERE TIN = ?")) {
            query.setString(1, tin);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
