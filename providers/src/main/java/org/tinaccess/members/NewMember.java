package org.tinaccess.members;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.keycloak.utils.EmailValidationUtil;
import org.tinaccess.phone.UsPhone;
import org.tinaccess.rest.ApiException;
import org.tinaccess.tin.Npn;

/**
 * The body of "add a user to this TIN", validated field by field at the edge; {@code npn} is an
 * agent's own National Producer Number (canonical digits), given only to an agency.
 */
public record NewMember(String email, String firstName, String lastName, String phone, List<String> entitlements, String npn) {

    private static final int NAME_MAX = 100;

    /** Someone who is not an agent. */
    public NewMember(String email, String firstName, String lastName, String phone, List<String> entitlements) {
        this(email, firstName, lastName, phone, entitlements, null);
    }

    static NewMember from(JsonNode json, List<String> realmEntitlements, Set<String> phoneRegions) {
        String email = text(json, "email");
        if (email == null || email.length() > 254 || !EmailValidationUtil.isValidEmail(email)) {
            throw ApiException.badRequest("invalid_email", "email must be a valid e-mail address.");
        }
        String firstName = name(json, "firstName");
        String lastName = name(json, "lastName");
        String phone = text(json, "phone");
        if (phone != null) {
            phone = UsPhone.normalise(phone, phoneRegions)
                    .orElseThrow(() -> ApiException.badRequest("invalid_phone", "phone must be a 10-digit US phone number."));
        }
        List<String> entitlements = Entitlements.validate(json.path("entitlements"), realmEntitlements);
        return new NewMember(email.toLowerCase(Locale.ROOT), firstName, lastName, phone, entitlements, npn(json));
    }

    /** The body's {@code npn}, an agent's National Producer Number, in canonical digits; {@code null} when absent. */
    public static String npn(JsonNode json) {
        String npn = text(json, "npn");
        if (npn == null) {
            return null;
        }
        return Npn.parse(npn).map(Npn::digits).orElseThrow(() -> ApiException.badRequest("invalid_npn",
                "npn must be the agent's National Producer Number: 1 to 10 digits, not all zeros."));
    }

    private static String name(JsonNode json, String field) {
        String value = text(json, field);
        if (value == null || value.length() > NAME_MAX || value.chars().anyMatch(Character::isISOControl)) {
            throw ApiException.badRequest("invalid_" + field, field + " is required (at most " + NAME_MAX + " characters).");
        }
        return value;
    }

    private static String text(JsonNode json, String field) {
        JsonNode node = json.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw ApiException.badRequest("invalid_" + field, field + " must be a string.");
        }
        String value = node.asText().strip();
        return value.isEmpty() ? null : value;
    }

    /** Entitlement lists in request bodies. */
    public static final class Entitlements {

        private Entitlements() {}

        public static List<String> validate(JsonNode node, List<String> realmEntitlements) {
            if (node == null || node.isMissingNode() || node.isNull()) {
                return List.of();
            }
            if (!node.isArray()) {
                throw ApiException.badRequest("invalid_entitlements", "entitlements must be a list of names.");
            }
            List<String> names = new ArrayList<>();
            for (JsonNode element : node) {
                String name = element.isTextual() ? element.asText().strip() : null;
                if (name == null || !realmEntitlements.contains(name)) {
                    throw ApiException.badRequest("unknown_entitlement",
                            "Entitlements must be among: " + String.join(", ", realmEntitlements) + ".");
                }
                if (!names.contains(name)) {
                    names.add(name);
                }
            }
            return names;
        }
    }
}
