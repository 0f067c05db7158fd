package org.tinaccess.verify;

import org.tinaccess.tin.Tin;

/**
 * What a requester read off a payment from the plan: the TIN with the vendor number on
 * the check or the provider's Type 2 NPI, and the check or EFT number; or, for a non-payment
 * notice, the TIN, the Type 2 NPI and the notice number with its {@code NP} prefix.
 *
 * @param identifier the vendor number ({@link Kind#VENDOR}) or the NPI's ten digits
 * @param number the check/EFT number, or the notice number starting with {@code NP}, upper-cased
 */
public record PaymentProof(Tin tin, Kind kind, String identifier, String number) {

    public enum Kind {
        /** A check or EFT, identified by the vendor number printed on the check. */
        VENDOR,
        /** A check or EFT, identified by the provider's Type 2 NPI. */
        NPI,
        /** A non-payment notice: Type 2 NPI and the {@code NP} number. */
        NOTICE
    }
}
