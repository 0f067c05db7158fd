package org.tinaccess.request;

import java.util.List;
import java.util.Optional;
import org.tinaccess.store.ProofMethod;
import org.tinaccess.store.ProofState;
import org.tinaccess.tin.Npi;

/**
 * What the draft keeps of one TIN's proof: the method, how far it got (a matched payment is
 * {@code VERIFIED}; the numbers typed are not kept), and the provider's Type 2 NPIs.
 */
record TinProof(ProofMethod method, ProofState state, List<Npi> npis) {

    boolean paymentVerified() {
        return method == ProofMethod.PAYMENT && state == ProofState.VERIFIED;
    }

    String format() {
        return method.name() + "|" + (state == null ? "" : state.name()) + "|" + Optional.ofNullable(Npi.stored(npis)).orElse("");
    }

    static Optional<TinProof> parse(String note) {
        if (note == null || note.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = note.split("\\|", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        return Optional.of(new TinProof(ProofMethod.valueOf(parts[0]), parts[1].isEmpty() ? null : ProofState.valueOf(parts[1]),
                Npi.listOf(parts[2])));
    }
}
