package org.tinaccess.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tinaccess.it.support.Await;
import org.tinaccess.it.support.ClusterTest;
import org.tinaccess.it.support.JoinPages;
import org.tinaccess.it.support.Mails;
import org.tinaccess.it.support.PortalUsers;
import org.tinaccess.it.support.RealmSettings;
import org.tinaccess.it.support.RealmUsers;
import org.tinaccess.it.support.RequestAccessPages;
import org.tinaccess.it.support.TestTins;
import org.tinaccess.it.support.TinAccessApi;
import org.tinaccess.it.support.TinAccessCluster;
import org.tinaccess.it.support.TinAccessServer;
import org.tinaccess.settings.TinAccessSettings;

/**
 * Both nodes schedule the join-request expiry every interval (one second in the tests); the cluster
 * runs it once per interval, whichever node fires first, and each overdue request is denied and
 * mailed about once.
 */
@ClusterTest
class ScheduledJobsAcrossNodesIT {

    private static final Pattern RUN = Pattern.compile("tin-access-join-request-expiry runs for window (\\d+)");
    private static final int JOIN_REQUESTS = 4;

    @Test
    void joinRequestExpiryRunsOncePerIntervalAcrossBothNodesAndDeniesEachRequestOnce(TinAccessCluster cluster) throws Exception {
        TinAccessServer first = cluster.node(1);
        String providerName = "Two Node Clinic " + UUID.randomUUID().toString().substring(0, 6);
        PortalUsers.TinAdmin provider = registeredProvider(first, providerName);
        TinAccessApi admin = TinAccessApi.at(first, "/tins/" + provider.tin(), provider.admin().apiToken());
        List<String> emails = new ArrayList<>();
        List<String> references = new ArrayList<>();

        try (RealmSettings deadline = RealmSettings.temporarily(first, Map.of(TinAccessSettings.JOIN_REQUEST_DEADLINE, "PT1S"))) {
            for (int i = 0; i < JOIN_REQUESTS; i++) {
                emails.add(RealmUsers.uniqueEmail("joiner"));
                references.add(new JoinPages(cluster.node(1 + i % 2)).searchByName(providerName).submit(JoinPages.requester(emails.get(i))).reference());
            }
            for (String reference : references) {
                Await.until("join request " + reference + " to expire", Duration.ofSeconds(30),
                        () -> status(admin.get("/join-requests?status=all").body(), reference), "expired"::equals);
            }
            // A few more intervals, in which a second run on the other node would mail again.
            TimeUnit.SECONDS.sleep(3);
        }

        for (int i = 0; i < JOIN_REQUESTS; i++) {
            String reference = references.get(i);
            assertEquals(1, first.inbox().messagesTo(emails.get(i)).stream()
                    .filter(mail -> Mails.subject(mail).contains(reference) && Mails.subject(mail).contains("expired")).count(),
                    "one expiry mail to the requester of " + reference);
            assertEquals(1, first.inbox().messagesTo(provider.admin().email()).stream()
                    .filter(mail -> Mails.subject(mail).contains(reference) && Mails.subject(mail).contains("expired")).count(),
                    "the admin is told once about " + reference);
        }
        List<Long> windows = runWindows(cluster);
        Map<Long, Long> runsPerWindow = windows.stream().collect(Collectors.groupingBy(window -> window, Collectors.counting()));
        assertTrue(windows.size() > 5, "the job ran while the test waited: " + windows.size() + " runs");
        assertEquals(runsPerWindow.size(), windows.size(), "no interval ran twice: " + runsPerWindow);
    }

    private static PortalUsers.TinAdmin registeredProvider(TinAccessServer server, String organization) {
        TinAccessApi reviewer = TinAccessApi.asNewReviewer(server);
        String email = RealmUsers.uniqueEmail("provider-admin");
        String tin = TestTins.next();
        Map<String, String> contact = RequestAccessPages.contact(email);
        contact.put("organization", organization);
        String reference = RequestAccessPages.open(server).requestAdminAccess(contact, List.of(tin));
        assertEquals(200, reviewer.approve(reviewer.findByReference(reference).get("id").asText(), tin).status());
        return new PortalUsers.TinAdmin(tin, PortalUsers.activateAndSignIn(server, email, server.inbox().awaitMessagesTo(email, 2).get(1)));
    }

    /** The windows the expiry ran for, one entry per run, from both nodes' logs. */
    private static List<Long> runWindows(TinAccessCluster cluster) {
        List<Long> windows = new ArrayList<>();
        for (String line : cluster.logLines()) {
            Matcher run = RUN.matcher(line);
            if (run.find()) {
                windows.add(Long.parseLong(run.group(1)));
            }
        }
        return windows;
    }

    private static String status(JsonNode page, String reference) {
        for (JsonNode item : page.get("items")) {
            if (reference.equals(item.get("reference").asText())) {
                return item.get("status").asText();
            }
        }
        throw new AssertionError("No join request " + reference + " in " + page);
    }
}
