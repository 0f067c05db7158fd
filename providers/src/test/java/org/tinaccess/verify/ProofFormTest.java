package org.tinaccess.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tinaccess.store.ProofMethod;
import org.tinaccess.tin.Npi;
import org.tinaccess.tin.Tin;

class ProofFormTest {

    private static final Tin TIN = Tin.parse("411234567").orElseThrow();
    /** Valid NPIs (Luhn over 80840 + the first nine digits). */
    private static final String NPI = "1234567893";
    private static final String OTHER_NPI = "1245319599";

    private static ProofForm.Result read(String... pairs) {
        Map<String, String> form = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return ProofForm.read(TIN, form::get);
    }

    @Test
    void aCheckByVendorNumberIsReadUpperCasedWithoutSpaces() {
        ProofForm.Result result = read("proof", "check", "checkIdType", "vendor", "vendorNumber", " v-12 34 ", "checkNumber", "chk 0099");

        assertTrue(result.valid(), result.errors().toString());
        assertEquals(ProofMethod.PAYMENT, result.method());
        assertEquals(new PaymentProof(TIN, PaymentProof.Kind.VENDOR, "V1234", "CHK0099"), result.payment());
    }

    @Test
    void aCheckByNpiPutsThatNpiFirstAmongTheProvidersNpis() {
        ProofForm.Result result = read("proof", "check", "checkIdType", "npi", "checkNpi", NPI, "checkNumber", "0099", "npis", OTHER_NPI);

        assertEquals(PaymentProof.Kind.NPI, result.payment().kind());
        assertEquals(List.of(new Npi(NPI), new Npi(OTHER_NPI)), result.npis());
    }

    @Test
    void aNoticeNeedsItsNpPrefix() {
        assertEquals("proofNoticeNumberInvalid", read("proof", "notice", "noticeNpi", NPI, "noticeNumber", "123456").errors().get("noticeNumber"));
        ProofForm.Result notice = read("proof", "notice", "noticeNpi", NPI, "noticeNumber", "np 123456");
        assertEquals(new PaymentProof(TIN, PaymentProof.Kind.NOTICE, NPI, "NP123456"), notice.payment());
    }

    @Test
    void everyMissingOrWrongFieldIsNamedAndNoPaymentIsMade() {
        ProofForm.Result result = read("proof", "check", "checkIdType", "npi", "checkNpi", "1234567890", "checkNumber", "", "npis", "12, x");

        assertEquals(Map.of("checkNpi", "proofNpiInvalid", "checkNumber", "proofCheckNumberRequired", "npis", "proofNpisInvalid"),
                result.errors());
        assertNull(result.payment());
    }

    @Test
    void mailAndReviewNeedNothingButTheChoice() {
        assertEquals(ProofMethod.MAIL, read("proof", "mail", "vendorNumber", "ignored").method());
        assertTrue(read("proof", "review").valid());
        assertEquals("proofRequired", read().errors().get("proof"));
        assertEquals("proofRequired", read("proof", "fax").errors().get("proof"));
    }

    @Test
    void npisAreSplitOnCommasSpacesAndLinesWithoutRepeats() {
        ProofForm.Result result = read("proof", "review", "npis", NPI + ",\n" + OTHER_NPI + " " + NPI);

        assertEquals(List.of(new Npi(NPI), new Npi(OTHER_NPI)), result.npis());
    }
}
