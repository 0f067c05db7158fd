package org.tinaccess.password;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    private static List<String> keys(List<PasswordRules.Rule> rules) {
        return rules.stream().map(rule -> rule.messageKey() + rule.arguments()).toList();
    }

    @Test
    void theSeedPolicyReadsAsTheSeedsListInItsOrder() {
        Map<String, Object> config = Map.of("length", 8, "upperCase", 1, "lowerCase", 1, "digits", 1, "passwordHistory", 4);
        Set<String> policies = Set.of("upperCase", "passwordHistory", "length", "notUsername", "digits", "lowerCase",
                "notContainsUsernameParts", "hashIterations");

        assertEquals(List.of("passwordRuleLength[8]", "passwordRuleLowerCaseOne[]", "passwordRuleUpperCaseOne[]", "passwordRuleDigitsOne[]",
                "passwordRuleNoUsernameParts[]", "passwordRuleHistory[4]"), keys(PasswordRules.of(policies, config::get)));
    }

    @Test
    void countsAboveOneAreSaidAsCountsAndUnknownPoliciesAreLeftOut() {
        Map<String, Object> config = Map.of("digits", 2, "specialChars", 1);
        Set<String> policies = Set.of("digits", "specialChars", "notUsername", "someoneElsesPolicy", "forceExpiredPasswordChange");

        assertEquals(List.of("passwordRuleDigits[2]", "passwordRuleSpecialCharsOne[]", "passwordRuleNotUsername[]"),
                keys(PasswordRules.of(policies, config::get)));
    }

    @Test
    void aRealmWithoutPolicyHasNoRules() {
        assertEquals(List.of(), PasswordRules.of(Set.of(), id -> null));
    }
}
