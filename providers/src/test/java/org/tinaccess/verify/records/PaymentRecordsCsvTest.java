package org.tinaccess.verify.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tinaccess.letter.AddressOfRecord;

class PaymentRecordsCsvTest {

    private static final String HEADER = "tin,vendor_number,npi,payment_number,payment_date,provider_name,address_line1,address_line2,city,state,zip\r\n";

    @Test
    void rowsAreReadInTheHeadersOrderWithQuotedCommasAndNormalizedNumbers() {
        String csv = "zip,city,state,address_line2,address_line1,provider_name,payment_date,payment_number,npi,vendor_number,tin\n"
                + "54401,Wausau,wi,\"Suite 2, East\",\"100 \"\"Main\"\" St\",\"Northwoods Clinic, LLC\",2026-10-01,chk-0099,1234567893,v12,41-1234567\n";

        PaymentRecordsCsv.Parsed parsed = PaymentRecordsCsv.parse(csv);

        assertTrue(parsed.valid(), parsed.problems().toString());
        PaymentRecordsCsv.Row row = parsed.rows().get(0);
        assertEquals("411234567", row.tin().digits());
        assertEquals("V12", row.vendorNumber());
        assertEquals("CHK0099", row.paymentNumber());
        assertEquals(LocalDate.of(2026, 10, 1), row.paymentDate());
        assertEquals(new AddressOfRecord("Northwoods Clinic, LLC", "100 \"Main\" St", "Suite 2, East", "Wausau", "WI", "54401"), row.address());
    }

    @Test
    void aFileWithABadRowIsRefusedWholeNamingEachLine() {
        String csv = HEADER
                + "411234567,V1,,100,2026-01-02,Clinic,1 Main St,,Wausau,WI,54401\r\n"
                + "123,V1,,100,2026-01-02,Clinic,1 Main St,,Wausau,WI,54401\r\n"
                + "411234567,,,NP77,2026-13-02,Clinic,1 Main St,,Wausau,Wisconsin,5440\r\n";

        PaymentRecordsCsv.Parsed parsed = PaymentRecordsCsv.parse(csv);

        assertFalse(parsed.valid());
        assertEquals(List.of(), parsed.rows());
        assertEquals(List.of(
                "Line 3: tin is not a valid Tax ID (nine digits).",
                "Line 4: a row needs a vendor_number or an npi.",
                "Line 4: a non-payment notice (payment_number starting with NP) needs the npi.",
                "Line 4: payment_date must be a date like 2026-11-30.",
                "Line 4: state must be a two-letter code.",
                "Line 4: zip must be 12345 or 12345-6789."), parsed.problems());
    }

    @Test
    void aMissingColumnIsSaidOnTheFirstLine() {
        PaymentRecordsCsv.Parsed parsed = PaymentRecordsCsv.parse("tin,npi\n411234567,1234567893\n");

        assertTrue(parsed.problems().get(0).startsWith("Line 1 must name the columns"), parsed.problems().toString());
        assertTrue(parsed.problems().get(0).contains("missing: vendor_number, payment_number"), parsed.problems().toString());
    }

    @Test
    void anEmptyFileAndBlankLinesAreHandled() {
        assertFalse(PaymentRecordsCsv.parse("").valid());
        PaymentRecordsCsv.Parsed onlyHeader = PaymentRecordsCsv.parse(HEADER + "\r\n");
        assertTrue(onlyHeader.valid());
        assertEquals(0, onlyHeader.rows().size());
    }
}
