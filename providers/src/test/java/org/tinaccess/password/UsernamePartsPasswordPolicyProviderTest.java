package org.tinaccess.password;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UsernamePartsPasswordPolicyProviderTest {

    private final UsernamePartsPasswordPolicyProvider policy = new UsernamePartsPasswordPolicyProvider();

    @ParameterizedTest(name = "{1} contains \"{2}\" of {0}")
    @CsvSource({
        "jane.doe@clinic.org, Clinic2024!x, clinic",
        "jane.doe@clinic.org, myJANEpass1, jane",
        "jane.doe@clinic.org, Doe-Ray-Me-9, doe",
        "jane.doe@clinic.org, Organic-Tea-7, org",
        "j.o'brien@st-mary.example, Brien-Rules-1, brien",
    })
    void refusesAPasswordContainingAPartOfTheUsername(String username, String password, String part) {
        assertEquals(Optional.of(part), UsernamePartsPasswordPolicyProvider.containedPart(username, password));
        assertNotNull(policy.validate(username, password));
        assertEquals(UsernamePartsPasswordPolicyProvider.ERROR_MESSAGE, policy.validate(username, password).getMessage());
    }

    @ParameterizedTest(name = "{1} is fine for {0}")
    @CsvSource({
        "jane.doe@clinic.org, Harbor-Lights-42",
        // Parts shorter than three characters ("jd", "ab") would refuse too much.
        "jd@ab.io, Jdab-Lights-42",
    })
    void acceptsAPasswordWithoutUsernameParts(String username, String password) {
        assertNull(policy.validate(username, password));
    }
}
