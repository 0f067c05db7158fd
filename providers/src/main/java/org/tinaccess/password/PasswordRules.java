package org.tinaccess.password;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The realm's password policy as rules a person reads before typing ("Password
 * requirements: At least 8 characters, A lowercase letter, …"), in the seed's order. Policies that
 * are not rules for the person (hash algorithm, iterations, expiry, maximum age) are left out; a
 * policy this list does not know (another extension's) is left out too rather than guessed at.
 * Pure, so it is tested without a server.
 */
public final class PasswordRules {

    /** One rule: a message key of the login theme and its arguments. */
    public record Rule(String messageKey, List<Object> arguments) {}

    /** Policy id to message key; a count policy of 1 reads "A number", of more "At least 2 digits". */
    private static final List<String[]> KNOWN = List.of(
            new String[] {"length", "passwordRuleLength"},
            new String[] {"maxLength", "passwordRuleMaxLength"},
            new String[] {"lowerCase", "passwordRuleLowerCase"},
            new String[] {"upperCase", "passwordRuleUpperCase"},
            new String[] {"digits", "passwordRuleDigits"},
            new String[] {"specialChars", "passwordRuleSpecialChars"},
            new String[] {"notUsername", "passwordRuleNotUsername"},
            new String[] {"notEmail", "passwordRuleNotEmail"},
            new String[] {"notContainsUsername", "passwordRuleNotContainsUsername"},
            new String[] {UsernamePartsPasswordPolicyProviderFactory.PROVIDER_ID, "passwordRuleNoUsernameParts"},
            new String[] {"passwordHistory", "passwordRuleHistory"},
            new String[] {"passwordBlacklist", "passwordRuleDenylist"});

    private static final Set<String> COUNTED = Set.of("lowerCase", "upperCase", "digits", "specialChars");

    private PasswordRules() {}

    /**
     * @param policies the ids of the realm's policies ({@code PasswordPolicy.getPolicies()})
     * @param config a policy's parsed value ({@code PasswordPolicy::getPolicyConfig})
     */
    public static List<Rule> of(Set<String> policies, Function<String, Object> config) {
        List<Rule> rules = new ArrayList<>();
        // No part of the username means not the username either: one rule says both, as the seed does.
        boolean parts = policies.contains(UsernamePartsPasswordPolicyProviderFactory.PROVIDER_ID);
        for (String[] known : KNOWN) {
            String id = known[0];
            if (!policies.contains(id) || parts && (id.equals("notUsername") || id.equals("notContainsUsername"))) {
                continue;
            }
            Object value = config.apply(id);
            if (COUNTED.contains(id)) {
                int count = value instanceof Number number ? number.intValue() : 1;
                rules.add(count == 1 ? new Rule(known[1] + "One", List.of()) : new Rule(known[1], List.of(count)));
            } else {
                rules.add(new Rule(known[1], value instanceof Number number ? List.of(number.intValue()) : List.of()));
            }
        }
        return rules;
    }
}
