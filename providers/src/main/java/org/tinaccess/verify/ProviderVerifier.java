package org.tinaccess.verify;

import java.util.Optional;
import java.util.Set;
import org.keycloak.provider.Provider;
import org.tinaccess.letter.AddressOfRecord;
import org.tinaccess.tin.Tin;

/**
 * The plan's knowledge of its providers, asked when a requester proves a TIN: does a payment (or
 * non-payment notice) with these numbers exist, and where does the provider's mail go. Chosen
 * with {@code --spi-provider-verifier--provider=records|http}.
 */
public interface ProviderVerifier extends Provider {

    /** Whether the plan paid (or sent a non-payment notice to) {@code proof}'s TIN with exactly these numbers. */
    boolean paymentMatches(PaymentProof proof) throws VerifierUnavailable;

    /** The provider's address of record, if the plan has one for {@code tin}. */
    Optional<AddressOfRecord> addressOfRecord(Tin tin) throws VerifierUnavailable;

    /**
     * The Type 2 NPIs the plan's records show for {@code tin}: of the NPIs a requester types, an
     * approval without a person gives the provider only these. None, unless the verifier knows.
     */
    default Set<String> npisOnRecord(Tin tin) throws VerifierUnavailable {
        return Set.of();
    }

    @Override
    default void close() {
        // stateless
    }

    /** The plan's system could not answer (down, slow, refused); the line falls back to a reviewer. */
    final class VerifierUnavailable extends Exception {
        public VerifierUnavailable(String message, Throwable cause) {
            super(message, cause);
        }

        public VerifierUnavailable(String message) {
            super(message);
        }
    }
}
