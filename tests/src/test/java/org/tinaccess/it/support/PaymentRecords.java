package org.tinaccess.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The plan's payment records as a test puts them in: uploaded by one reviewer, confirmed by another. */
public final class PaymentRecords {

    public static final String HEADER = "tin,vendor_number,npi,payment_number,payment_date,provider_name,address_line1,address_line2,city,state,zip\n";

    private PaymentRecords() {}

    /** Uploads {@code rows} (CSV lines after the header) as {@code uploader}; a new reviewer confirms them, so they prove TINs. */
    public static TinAccessApi.Answer upload(TinAccessServer server, TinAccessApi uploader, String rows) {
        TinAccessApi.Answer upload = TinAccessApi.at(server, "/payment-records", uploader.token()).put("", "text/csv", HEADER + rows);
        assertEquals(200, upload.status(), upload.toString());
        TinAccessApi.Answer confirmed = TinAccessApi.at(server, "/payment-records", TinAccessApi.asNewReviewer(server).token()).post("/confirm", null);
        assertEquals(200, confirmed.status(), confirmed.toString());
        return upload;
    }
}
