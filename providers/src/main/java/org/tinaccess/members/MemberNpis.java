package org.tinaccess.members;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.tinaccess.rest.ApiException;
import org.tinaccess.tin.Npi;

/**
 * The NPIs a TIN admin limits a member to: each must be one of the provider's own Type 2 NPIs
 * (stored on the Organization when the TIN was requested), so an admin cannot hand out an NPI the
 * plan never tied to the TIN.
 */
final class MemberNpis {

    private MemberNpis() {}

    /** @return the NPIs in the order given, without repeats; empty lifts the limit */
    static List<String> validate(JsonNode node, List<String> providerNpis) {
        if (node == null || !node.isArray()) {
            throw ApiException.badRequest("invalid_npis", "The body must be a list of NPIs, e.g. [\"1234567893\"]; [] for the whole Tax ID.");
        }
        List<String> npis = new ArrayList<>();
        for (JsonNode element : node) {
            String npi = element.isTextual() ? Npi.parse(element.asText()).map(Npi::digits).orElse(null) : null;
            if (npi == null || !providerNpis.contains(npi)) {
                throw ApiException.badRequest("unknown_npi", providerNpis.isEmpty()
                        ? "This Tax ID has no Type 2 NPIs on record; add them by requesting the Tax ID again or ask the plan."
                        : "Each NPI must be one of this Tax ID's Type 2 NPIs: " + String.join(", ", providerNpis) + ".");
            }
            if (!npis.contains(npi)) {
                npis.add(npi);
            }
        }
        return npis;
    }
}
