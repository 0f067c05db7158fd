package org.tinaccess.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tinaccess.it.support.Await;
import org.tinaccess.it.support.ClusterTest;
import org.tinaccess.it.support.PortalSignIns;
import org.tinaccess.it.support.PortalUsers;
import org.tinaccess.it.support.TinAccessApi;
import org.tinaccess.it.support.TinAccessCluster;
import org.tinaccess.it.support.TinAccessServer;

/**
 * A TIN admin's change on one node ends the person's sign-in at the example portal, made through
 * the other node, at once: the node that made the change sends the back-channel logout, once, and
 * the client session it detaches is the cluster's.
 */
@ClusterTest
class SignOutAcrossNodesIT {

    private static final Duration AT_ONCE = Duration.ofSeconds(2);

    @Test
    void aSuspensionOnNodeTwoEndsThePortalSignInMadeThroughNodeOneOnceAndAtOnce(TinAccessCluster cluster) throws Exception {
        TinAccessServer first = cluster.node(1);
        TinAccessServer second = cluster.node(2);
        PortalUsers.TinAdmin tinAdmin = PortalUsers.newTinAdmin(first, TinAccessApi.asNewReviewer(first));
        PortalSignIns.Member member = PortalSignIns.newMember(first, tinAdmin, "[\"claims\"]");

        Instant asked = Instant.now();
        assertEquals(200, suspendThroughTheLoadBalancer(second, first, tinAdmin, member.userId()));
        assertTrue(member.awaitSignedOut(asked, AT_ONCE).compareTo(AT_ONCE) <= 0);

        String sent = "Access of user " + member.userId() + " narrowed";
        List<String> lines = Await.until("the sending node's log line", Duration.ofSeconds(10),
                () -> cluster.logLines().stream().filter(line -> line.contains(sent)).toList(), found -> !found.isEmpty());
        assertEquals(1, lines.size(), "sent once, by one node: " + lines);
        assertEquals(List.of(), member.tinsAfterSigningInAgain(), "signed in again through node 1: the suspended TIN is gone");
    }

    /**
     * The admin's call reaches node 2 as a load balancer forwards it, under the one public address the
     * cluster has (node 1's here): node 2 accepts the admin's token and signs its logout token with
     * that issuer, which the portal expects.
     */
    private static int suspendThroughTheLoadBalancer(TinAccessServer node, TinAccessServer publicAddress, PortalUsers.TinAdmin tinAdmin,
            String userId) throws Exception {
        URI publicUrl = URI.create(publicAddress.baseUrl());
        HttpRequest request = HttpRequest.newBuilder(URI.create(node.realmUrl() + "/tin-access/tins/" + tinAdmin.tin() + "/members/" + userId
                        + "/suspend"))
                .header("Authorization", "Bearer " + tinAdmin.admin().apiToken())
                .header("X-Forwarded-Host", publicUrl.getHost())
                .header("X-Forwarded-Port", String.valueOf(publicUrl.getPort()))
                .header("X-Forwarded-Proto", publicUrl.getScheme())
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.statusCode();
    }
}
