package org.tinaccess.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tinaccess.it.support.Await;
import org.tinaccess.it.support.BackupAdminSetup;
import org.tinaccess.it.support.ClusterTest;
import org.tinaccess.it.support.Mails;
import org.tinaccess.it.support.PortalTime;
import org.tinaccess.it.support.PortalUsers;
import org.tinaccess.it.support.RealmSettings;
import org.tinaccess.it.support.TinAccessApi;
import org.tinaccess.it.support.TinAccessCluster;
import org.tinaccess.it.support.TinAccessServer;
import org.tinaccess.settings.TinAccessSettings;

/**
 * On two nodes, the schedule starts one access review per TIN and mails its admin once; an account
 * nobody signs in to is warned once, a sign-in starts its count again, and when it has stayed away the
 * realm's idle days its access is suspended on its TINs (the account stays; the TIN's admin keeps
 * theirs). The server's clock is moved (PortalClock), on both nodes at once, never slept through.
 */
@ClusterTest
class AccessReviewsAcrossNodesIT {

    private static final Pattern RUN = Pattern.compile("tin-access-access-reviews runs for window (\\d+)");

    @Test
    void theScheduleStartsOneReviewPerTinAndIdleAccountsAreWarnedOnceThenSuspended(TinAccessCluster cluster) {
        TinAccessServer first = cluster.node(1);
        TinAccessServer second = cluster.node(2);
        TinAccessApi reviewer = TinAccessApi.asNewReviewer(first);
        PortalUsers.TinAdmin provider = PortalUsers.newTinAdmin(first, reviewer);
        PortalUsers.SignedIn idle = BackupAdminSetup.member(first, provider.admin().apiToken(), provider.tin(), "Idle");
        String subject = "Review who has access";

        try (RealmSettings yearly = RealmSettings.temporarily(first, Map.of(TinAccessSettings.ACCESS_REVIEW_MONTHS, "12"))) {
            Await.until("the scheduled review", Duration.ofSeconds(30),
                    () -> TinAccessApi.at(first, "/tins/" + provider.tin() + "/access-review", provider.admin().apiToken()).get("").status(),
                    status -> status == 200);
            awaitMoreRuns(cluster, 2);
        }
        assertEquals(1, mailsTo(first, provider.admin().email(), subject), "one review, one mail, whichever node ran");
        TinAccessApi review = TinAccessApi.at(first, "/tins/" + provider.tin() + "/access-review", provider.admin().apiToken());
        String item = review.get("").body().get("items").get(0).get("id").asText();
        assertEquals("confirmed", review.post("/items/" + item, "{\"decision\":\"confirm\"}").body().get("decision").asText(),
                "confirmed: the review's deadline does not suspend this person; only idleness may");

        // 167 days on: the warning, once.
        try (RealmSettings warned = PortalTime.ahead(first, Duration.ofDays(167))) {
            Await.until("the warning", Duration.ofSeconds(30), () -> mailsTo(first, idle.email(), "Sign in to keep"), count -> count > 0);
            awaitMoreRuns(cluster, 2);
            assertEquals(1, mailsTo(first, idle.email(), "Sign in to keep"));
            // Signing in (on the other node) starts the count again.
            PortalUsers.SignedIn back = PortalUsers.signIn(second, idle.email(), idle.totpSecret());
            assertTrue(back.claims().get("tins").has(provider.tin()));
        }
        // 350 days on: 183 days after that sign-in, the account is suspended on its TIN; the admin, idle too, keeps theirs.
        try (RealmSettings later = PortalTime.ahead(first, Duration.ofDays(350))) {
            Await.until("the suspension", Duration.ofSeconds(30),
                    () -> TinAccessApi.at(first, "/tins/" + provider.tin(), provider.admin().apiToken()).get("/members/" + idle.userId()).body()
                            .get("status").asText(), "suspended"::equals);
            awaitMoreRuns(cluster, 2);
        }
        assertEquals(1, mailsTo(first, idle.email(), "access was suspended"));
        assertEquals(1, mailsTo(first, idle.email(), "Sign in to keep"), "suspended at once, with no second warning after the fact");
        assertTrue(first.realm().users().get(idle.userId()).toRepresentation().isEnabled(), "the account stays as it is");
        assertFalse(PortalUsers.refreshedTins(first, idle).has(provider.tin()));
        assertTrue(PortalUsers.refreshedTins(first, provider.admin()).has(provider.tin()), "the admin keeps their TIN");
    }

    private static long mailsTo(TinAccessServer server, String email, String words) {
        return server.inbox().messagesTo(email).stream().filter(mail -> Mails.subject(mail).contains(words)).count();
    }

    /** Waits until the job ran {@code more} more times, on either node: a second run of one window would have shown by then. */
    private static void awaitMoreRuns(TinAccessCluster cluster, int more) {
        long before = runs(cluster);
        Await.until(more + " more runs of the access-review job", Duration.ofSeconds(30), () -> runs(cluster), count -> count >= before + more);
    }

    private static long runs(TinAccessCluster cluster) {
        return cluster.logLines().stream().map(RUN::matcher).filter(Matcher::find).count();
    }
}
