package org.tinaccess.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tinaccess.it.support.ClusterTest;
import org.tinaccess.it.support.FactorHolders;
import org.tinaccess.it.support.LoginPages;
import org.tinaccess.it.support.PortalClient;
import org.tinaccess.it.support.RealmUsers;
import org.tinaccess.it.support.TinAccessCluster;
import org.tinaccess.it.support.TinAccessServer;
import org.tinaccess.it.support.WebSession;

/**
 * A load balancer without sticky sessions may send each step of a sign-in to another node: the
 * authentication session and the phone code kept in it live in the cluster's distributed caches,
 * not in one node's memory.
 */
@ClusterTest
class SignInAcrossNodesIT {

    @Test
    void aSignInStartedOnNodeOneFinishesOnNodeTwoWithThePhoneCodeNodeOneSent(TinAccessCluster cluster) {
        TinAccessServer first = cluster.node(1);
        TinAccessServer second = cluster.node(2);
        FactorHolders.Holder person = FactorHolders.create(first, FactorHolders.Factor.SMS);
        WebSession browser = WebSession.behindLoadBalancer(List.of(first.baseUrl(), second.baseUrl()));
        PortalClient portal = new PortalClient(first);

        WebSession.Page codePage = LoginPages.signIn(browser, browser.get(portal.authorizationUrl()), person.email(), RealmUsers.PASSWORD);
        assertTrue(person.isAskedFor(codePage), codePage.body());
        browser.routeTo(second.baseUrl());
        WebSession.Page done = person.pass(browser, codePage);

        assertNotNull(done.leftServerTo(), "node 2 accepted node 1's code and sent the browser to the portal:\n" + done.body());
        // The code node 2 issued is redeemed at node 1: the client session is the cluster's too.
        JsonNode tokens = portal.exchange(done.leftServerTo());
        assertEquals(person.userId(), PortalClient.claims(tokens.get("access_token").asText()).get("sub").asText());
    }
}
