package org.tinaccess.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.tinaccess.it.support.ClusterTest;
import org.tinaccess.it.support.RealmUsers;
import org.tinaccess.it.support.RequestAccessPages;
import org.tinaccess.it.support.TestTins;
import org.tinaccess.it.support.TinAccessApi;
import org.tinaccess.it.support.TinAccessCluster;
import org.tinaccess.it.support.TinAccessServer;
import org.tinaccess.it.support.WebSession;

/**
 * A node dies mid-work: requests and decisions are rows in the shared database, a half-filled
 * request form is an authentication session the distributed cache keeps a second copy of, so the
 * other node carries on with nothing lost.
 */
@ClusterTest
class NodeFailureIT {

    @Test
    void killingNodeOneMidRequestAndMidReviewLosesNothingAndNodeTwoCarriesOn(TinAccessCluster cluster) {
        TinAccessServer first = cluster.node(1);
        TinAccessServer second = cluster.node(2);
        TinAccessApi reviewerOnFirst = TinAccessApi.asNewReviewer(first);
        TinAccessApi reviewerOnSecond = TinAccessApi.asNewReviewer(second);
        // Mid-review: a request for two TINs, one decided on node 1.
        String decidedTin = TestTins.next();
        String openTin = TestTins.next();
        String reviewed = RequestAccessPages.open(first).requestAdminAccess(RequestAccessPages.contact(RealmUsers.uniqueEmail("reviewed")),
                List.of(decidedTin, openTin));
        String reviewedId = reviewerOnFirst.findByReference(reviewed).get("id").asText();
        assertEquals(200, reviewerOnFirst.approve(reviewedId, decidedTin).status());
        // Mid-request: contact details and a TIN entered on node 1, not submitted yet.
        String pendingTin = TestTins.next();
        WebSession browser = WebSession.behindLoadBalancer(List.of(first.baseUrl(), second.baseUrl()));
        RequestAccessPages form = RequestAccessPages.open(first, browser)
                .enterContact(RequestAccessPages.contact(RealmUsers.uniqueEmail("interrupted")))
                .addTin(pendingTin);

        cluster.kill(1);
        browser.routeTo(second.baseUrl());

        String reference = form.nextToReview().submit().reference();
        assertLine(reviewerOnSecond, reviewedId, decidedTin, "approved");
        assertEquals(200, reviewerOnSecond.approve(reviewedId, openTin).status(), "node 2 takes the review on");
        assertLine(reviewerOnSecond, reviewedId, openTin, "approved");
        String carriedOnId = reviewerOnSecond.findByReference(reference).get("id").asText();
        assertLine(reviewerOnSecond, carriedOnId, pendingTin, "pending");
    }

    /** Node 1 back for the other tests of the run; it rejoins the cluster. */
    @AfterAll
    static void restartNodeOne(TinAccessCluster cluster) {
        cluster.restart(1);
    }

    private static void assertLine(TinAccessApi reviewer, String requestId, String tin, String expected) {
        assertEquals(expected, TinAccessApi.line(reviewer.get("/" + requestId).body(), tin).get("status").asText(),
                "line " + tin + " of request " + requestId);
    }
}
