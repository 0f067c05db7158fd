package org.tinaccess.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** A signed-in person's pending invitations (GET /tins, status invited) and their answers to them. */
public final class Invitations {

    private Invitations() {}

    /** The provider ids of the caller's pending invitations. */
    public static List<String> pending(TinAccessApi tins) {
        TinAccessApi.Answer mine = tins.get("");
        if (mine.status() != 200) {
            throw new AssertionError("GET /tins answered " + mine);
        }
        List<String> providers = new ArrayList<>();
        for (JsonNode tin : mine.body()) {
            if ("invited".equals(tin.path("status").asText())) {
                providers.add(tin.path("providerId").asText());
            }
        }
        return providers;
    }

    /** Accepts every pending invitation of the caller ({@code tins} at /tins with their console token). */
    public static void acceptAll(TinAccessApi tins) {
        for (String provider : pending(tins)) {
            TinAccessApi.Answer accepted = tins.post("/invitations/" + provider + "/accept", null);
            if (accepted.status() != 200) {
                throw new AssertionError("accept answered " + accepted);
            }
        }
    }
}
