package org.tinaccess.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tinaccess.it.support.ClusterTest;
import org.tinaccess.it.support.LoginPages;
import org.tinaccess.it.support.PortalClient;
import org.tinaccess.it.support.RealmSettings;
import org.tinaccess.it.support.RealmUsers;
import org.tinaccess.it.support.RequestAccessPages;
import org.tinaccess.it.support.TestPhones;
import org.tinaccess.it.support.TestTins;
import org.tinaccess.it.support.TinAccessCluster;
import org.tinaccess.it.support.TinAccessServer;
import org.tinaccess.it.support.WebSession;
import org.tinaccess.settings.FormLimits;

/**
 * The limits count in the cluster's store, not per node: spreading tries over both nodes gets no
 * more through than sending them all to one. Each limit is set low, used up alternately on node 1
 * and node 2, and the next try is refused by whichever node gets it.
 */
@ClusterTest
class RateLimitsAcrossNodesIT {

    @Test
    void aPhoneNumberGetsNoMoreCodesPerHourWhicheverNodesSendThem(TinAccessCluster cluster) {
        TestPhones.Phone shared = TestPhones.Phone.next();
        try (RealmSettings limits = RealmSettings.temporarily(cluster.node(1), Map.of("tinAccess.phoneSendsPerHour", "2",
                "tinAccess.phoneCodeInterval", "0"))) {
            for (int node = 1; node <= 2; node++) {
                requestCodeAtChooser(cluster.node(node), shared);
            }

            WebSession.Page refused = requestCodeAtChooser(cluster.node(1), shared);

            assertTrue(refused.body().contains("Too many codes"), refused.body());
            assertEquals(2, cluster.node(1).phones().messagesTo(shared.e164()).size(), "one code from each node, the third refused");
        }
    }

    @Test
    void oneEMailSendsNoMoreRequestsADayWhicheverNodesTakeThem(TinAccessCluster cluster) {
        String email = RealmUsers.uniqueEmail("eager");
        try (RealmSettings limits = RealmSettings.temporarily(cluster.node(1), Map.of(FormLimits.PER_EMAIL_PER_DAY, "1"))) {
            RequestAccessPages.open(cluster.node(1)).requestAdminAccess(RequestAccessPages.contact(email), List.of(TestTins.next()));

            RequestAccessPages again = RequestAccessPages.open(cluster.node(2)).enterContact(RequestAccessPages.contact(email))
                    .addTin(TestTins.next()).nextToReview().submit();

            assertEquals(429, again.page().status(), again.page().body());
        }
    }

    @Test
    void aTinTakesNoMoreRequestsADayWhicheverNodesTakeThem(TinAccessCluster cluster) {
        String tin = TestTins.next();
        try (RealmSettings limits = RealmSettings.temporarily(cluster.node(1), Map.of(FormLimits.PER_TIN_PER_DAY, "2",
                FormLimits.OPEN_PER_TIN, "10"))) {
            for (int node = 1; node <= 2; node++) {
                RequestAccessPages.open(cluster.node(node)).requestAdminAccess(RequestAccessPages.contact(RealmUsers.uniqueEmail("tin")),
                        List.of(tin));
            }

            RequestAccessPages third = RequestAccessPages.open(cluster.node(1)).enterContact(RequestAccessPages.contact(RealmUsers.uniqueEmail("late")))
                    .addTin(tin).nextToReview().submit();

            assertEquals(429, third.page().status(), third.page().body());
        }
    }

    /** A new account signed in on {@code node}, at the MFA chooser, asking for a voice code to {@code phone}. */
    private static WebSession.Page requestCodeAtChooser(TinAccessServer node, TestPhones.Phone phone) {
        String email = RealmUsers.uniqueEmail("pumping");
        RealmUsers.create(node, email, RealmUsers.PASSWORD);
        WebSession browser = new WebSession(node.baseUrl());
        WebSession.Page chooser = LoginPages.pastImageChooser(browser,
                LoginPages.signIn(browser, browser.get(new PortalClient(node).authorizationUrl()), email, RealmUsers.PASSWORD));
        assertNotNull(chooser.document().selectFirst("#ta-mfa-enroll"), chooser.body());
        return TestPhones.requestCode(browser, chooser, "voice", phone);
    }
}
