package org.tinaccess.verify.records;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.tinaccess.store.PaymentRecordEntity;
import org.tinaccess.tin.Tin;
import org.tinaccess.verify.AddressOfRecord;
import org.tinaccess.verify.PaymentProof;

/** The plan's payment records of one realm: replaced whole by an upload, looked up by TIN (indexed). */
public final class PaymentRecordStore {

    private static final int FLUSH_EVERY = 500;

    private final EntityManager em;
    private final String realmId;

    public PaymentRecordStore(KeycloakSession session, String realmId) {
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        this.realmId = realmId;
    }

    /** What the last upload holds. */
    public record Summary(long records, long tins, Long uploadedAt, String uploadedBy) {}

    /** The realm's records become {@code rows}, in the request's one transaction: a failed upload changes nothing. */
    public void replaceAll(List<PaymentRecordsCsv.Row> rows, String uploadedBy, long now) {
        em.createQuery("delete from PaymentRecordEntity p where p.realmId = :realmId").setParameter("realmId", realmId).executeUpdate();
        // Flushed and detached in batches, so a large upload does not pile up in the request's
        // persistence context; only our own rows are detached, never Keycloak's entities.
        List<PaymentRecordEntity> batch = new ArrayList<>(FLUSH_EVERY);
        for (PaymentRecordsCsv.Row row : rows) {
            PaymentRecordEntity record = entity(row, uploadedBy, now);
            em.persist(record);
            batch.add(record);
            if (batch.size() == FLUSH_EVERY) {
                flush(batch);
            }
        }
        flush(batch);
    }

    private void flush(List<PaymentRecordEntity> batch) {
        em.flush();
        batch.forEach(em::detach);
        batch.clear();
    }

    public Summary summary() {
        Object[] counts = em.createQuery("select count(p), count(distinct p.tin), max(p.uploadedAt) from PaymentRecordEntity p"
                        + " where p.realmId = :realmId", Object[].class)
                .setParameter("realmId", realmId)
                .getSingleResult();
        String by = counts[2] == null ? null : em.createQuery("select p.uploadedBy from PaymentRecordEntity p where p.realmId = :realmId",
                        String.class)
                .setParameter("realmId", realmId).setMaxResults(1).getResultStream().findFirst().orElse(null);
        return new Summary((Long) counts[0], (Long) counts[1], (Long) counts[2], by);
    }

    /** Whether a record has exactly the proof's numbers for its TIN; a check never matches a notice number, nor the other way. */
    public boolean matches(PaymentProof proof) {
        boolean notice = proof.kind() == PaymentProof.Kind.NOTICE;
        if (notice != proof.number().startsWith("NP")) {
            return false;
        }
        String identifierColumn = proof.kind() == PaymentProof.Kind.VENDOR ? "p.vendorNumber" : "p.npi";
        return !em.createQuery("select p.id from PaymentRecordEntity p where p.realmId = :realmId and p.tin = :tin and "
                        + identifierColumn + " = :identifier and p.paymentNumber = :number", String.class)
                .setParameter("realmId", realmId)
                .setParameter("tin", proof.tin().digits())
                .setParameter("identifier", proof.identifier())
                .setParameter("number", proof.number())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** The address on the TIN's latest payment. */
    public Optional<AddressOfRecord> addressOfRecord(Tin tin) {
        return em.createQuery("select p from PaymentRecordEntity p where p.realmId = :realmId and p.tin = :tin"
                        + " order by p.paymentDate desc, p.id", PaymentRecordEntity.class)
                .setParameter("realmId", realmId)
                .setParameter("tin", tin.digits())
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(p -> new AddressOfRecord(p.getProviderName(), p.getAddressLine1(), p.getAddressLine2(), p.getCity(), p.getState(),
                        p.getZip()));
    }

    private PaymentRecordEntity entity(PaymentRecordsCsv.Row row, String uploadedBy, long now) {
        PaymentRecordEntity record = new PaymentRecordEntity();
        record.setId(KeycloakModelUtils.generateId());
        record.setRealmId(realmId);
        record.setTin(row.tin().digits());
        record.setVendorNumber(row.vendorNumber());
        record.setNpi(row.npi());
        record.setPaymentNumber(row.paymentNumber());
        record.setPaymentDate(row.paymentDate().toString());
        record.setProviderName(row.address().name());
        record.setAddressLine1(row.address().line1());
        record.setAddressLine2(row.address().line2());
        record.setCity(row.address().city());
        record.setState(row.address().state());
        record.setZip(row.address().zip());
        record.setUploadedAt(now);
        record.setUploadedBy(uploadedBy);
        return record;
    }
}
