package org.tinaccess.verify.records;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigProperty;
import org.tinaccess.letter.AddressOfRecord;
import org.tinaccess.tin.Tin;
import org.tinaccess.verify.PaymentProof;
import org.tinaccess.verify.ProviderVerifier;
import org.tinaccess.verify.ProviderVerifierFactory;

/**
 * The default: the payment records the plan uploads ({@code PUT /tin-access/payment-records}, CSV),
 * kept in the realm's database. Both the provider and its factory: it holds nothing but the session.
 */
public class RecordsProviderVerifier implements ProviderVerifier, ProviderVerifierFactory {

    public static final String PROVIDER_ID = "records";

    private final KeycloakSession session;

    public RecordsProviderVerifier() {
        this(null);
    }

    private RecordsProviderVerifier(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public boolean paymentMatches(PaymentProof proof) {
        return store().matches(proof);
    }

    @Override
    public Optional<AddressOfRecord> addressOfRecord(Tin tin) {
        return store().addressOfRecord(tin);
    }

    @Override
    public Set<String> npisOnRecord(Tin tin) {
        return store().npisOf(tin);
    }

    private PaymentRecordStore store() {
        return new PaymentRecordStore(session, session.getContext().getRealm().getId());
    }

    @Override
    public ProviderVerifier create(KeycloakSession session) {
        return new RecordsProviderVerifier(session);
    }

    @Override
    public void init(Config.Scope config) {
        // nothing to configure: the records are the realm's data
    }

    @Override
    public void close() {
        // nothing held
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    /** Keycloak picks the highest order as the default provider when none is configured. */
    @Override
    public int order() {
        return 1;
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return List.of();
    }
}
