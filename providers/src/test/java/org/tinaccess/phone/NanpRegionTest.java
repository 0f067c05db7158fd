package org.tinaccess.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NanpRegionTest {

    @ParameterizedTest
    @CsvSource({
        "+17155550123, US",
        "+12025550123, US",
        "+17875550123, PR",
        "+19395550123, PR",
        "+13405550123, VI",
        "+16715550123, GU",
        "+16705550123, MP",
        "+16845550123, AS",
        "+14165550123, CA",
        "+18765550123, JM",
        "+18095550123, DO",
        "+12685550123, AG",
        "+14415550123, BM",
        "+18005550123, TOLL_FREE",
        "+18885550123, TOLL_FREE",
        "+19005550123, PREMIUM",
        "+15005550123, PERSONAL",
        "+17005550123, SERVICE",
        "+14115550123, SERVICE",
        "+12915550123, SERVICE",
        "+442071234567, OTHER",
        "7155550123, OTHER"
    })
    void areaCodesAreMappedToWhereTheNumberRings(String number, String region) {
        assertEquals(region, NanpRegion.of(number));
    }
}
