package org.tinaccess.store;

import java.util.Locale;

/** How far the proof of one request line got; reviewers see it, and a line that got nowhere is theirs to decide. */
public enum ProofState {
    /** The payment matched the plan's records. */
    VERIFIED,
    /** The plan's payment system did not answer: the line waits for a reviewer. */
    UNAVAILABLE,
    /** A PIN letter went to the address of record. */
    LETTER_SENT,
    /** The plan has no address of record for the TIN (or could not say): no letter, a reviewer decides. */
    NO_ADDRESS,
    /** The letter could not be handed to the letter service: a reviewer decides. */
    LETTER_FAILED,
    /** The requester entered the mailed PIN. */
    PIN_VERIFIED;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
