package org.tinaccess.verify.records;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.tinaccess.letter.AddressOfRecord;
import org.tinaccess.store.PaymentRecordEntity;
import org.tinaccess.tin.Tin;
import org.tinaccess.verify.PaymentProof;

/**
 * The plan's payment records of one realm, looked up by TIN (indexed). A record's key is its TIN and
 * payment number: an upload adds records or replaces those with the same key, or, asked so, replaces
 * every record of the realm. An uploaded record proves nothing until a reviewer other than its
 * uploader confirms it: the records decide who becomes an admin without a person, so no one person
 * decides what they say.
 */
public final class PaymentRecordStore {

    private static final int FLUSH_EVERY = 500;

    private final EntityManager em;
    private final String realmId;

    public PaymentRecordStore(KeycloakSession session, String realmId) {
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        this.realmId = realmId;
    }

    /** The records in force: how many (confirmed or waiting), for how many TINs, and the latest upload's time and uploader. */
    public record Summary(long records, long tins, long unconfirmed, Long uploadedAt, String uploadedBy) {}

    /** What one upload changed. */
    public record Changes(long added, long replaced, long removed) {}

    /**
     * The realm's records become {@code rows}, in the request's one transaction: a failed upload changes nothing.
     */
    public Changes replaceAll(List<PaymentRecordsCsv.Row> rows, String uploadedBy, long now) {
        int removed = em.createQuery("delete from PaymentRecordEntity p where p.realmId = :realmId").setParameter("realmId", realmId)
                .executeUpdate();
        insert(rows, uploadedBy, now);
        return new Changes(rows.size(), 0, removed);
    }

    /**
     * Adds {@code rows}, each replacing the record of the same TIN and payment number; the file's last
     * row of a key wins. Records of other keys stay.
     */
    public Changes addOrReplace(List<PaymentRecordsCsv.Row> rows, String uploadedBy, long now) {
        Map<String, PaymentRecordsCsv.Row> byKey = new LinkedHashMap<>();
        rows.forEach(row -> byKey.put(row.tin().digits() + "|" + row.paymentNumber(), row));
        Map<String, List<String>> numbersByTin = new LinkedHashMap<>();
        byKey.values().forEach(row -> numbersByTin.computeIfAbsent(row.tin().digits(), tin -> new ArrayList<>()).add(row.paymentNumber()));
        long replaced = 0;
        for (Map.Entry<String, List<String>> tin : numbersByTin.entrySet()) {
            // One statement per TIN and chunk of numbers: a file of many payments for few TINs stays few statements.
            for (int from = 0; from < tin.getValue().size(); from += FLUSH_EVERY) {
                List<String> numbers = tin.getValue().subList(from, Math.min(tin.getValue().size(), from + FLUSH_EVERY));
                replaced += em.createQuery("delete from PaymentRecordEntity p where p.realmId = :realmId and p.tin = :tin"
                                + " and p.paymentNumber in :numbers")
                        .setParameter("realmId", realmId).setParameter("tin", tin.getKey()).setParameter("numbers", numbers)
                        .executeUpdate();
            }
        }
        List<PaymentRecordsCsv.Row> kept = List.copyOf(byKey.values());
        insert(kept, uploadedBy, now);
        return new Changes(kept.size() - replaced, replaced, 0);
    }

    private void insert(List<PaymentRecordsCsv.Row> rows, String uploadedBy, long now) {
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
        String by = counts[2] == null ? null : em.createQuery("select p.uploadedBy from PaymentRecordEntity p where p.realmId = :realmId"
                        + " and p.uploadedAt = :latest", String.class)
                .setParameter("realmId", realmId).setParameter("latest", counts[2]).setMaxResults(1).getResultStream().findFirst().orElse(null);
        long unconfirmed = em.createQuery("select count(p) from PaymentRecordEntity p where p.realmId = :realmId and p.confirmedBy is null",
                        Long.class)
                .setParameter("realmId", realmId).getSingleResult();
        return new Summary((Long) counts[0], (Long) counts[1], unconfirmed, (Long) counts[2], by);
    }

    /** Confirms every record waiting that someone other than {@code reviewerId} uploaded; returns how many. */
    public int confirmUploadsOfOthers(String reviewerId, long now) {
        return em.createQuery("update PaymentRecordEntity p set p.confirmedBy = :reviewer, p.confirmedAt = :now where p.realmId = :realmId"
                        + " and p.confirmedBy is null and (p.uploadedBy is null or p.uploadedBy <> :reviewer)")
                .setParameter("reviewer", reviewerId)
                .setParameter("now", now)
                .setParameter("realmId", realmId)
                .executeUpdate();
    }

    /** How many records {@code reviewerId} uploaded wait for another reviewer's confirmation. */
    public long unconfirmedUploadedBy(String reviewerId) {
        return em.createQuery("select count(p) from PaymentRecordEntity p where p.realmId = :realmId and p.confirmedBy is null"
                        + " and p.uploadedBy = :reviewer", Long.class)
                .setParameter("realmId", realmId).setParameter("reviewer", reviewerId).getSingleResult();
    }

    /** Whether a record has exactly the proof's numbers for its TIN; a check never matches a notice number, nor the other way. */
    public boolean matches(PaymentProof proof) {
        boolean notice = proof.kind() == PaymentProof.Kind.NOTICE;
        if (notice != proof.number().startsWith("NP")) {
            return false;
        }
        String identifierColumn = proof.kind() == PaymentProof.Kind.VENDOR ? "p.vendorNumber" : "p.npi";
        return !em.createQuery("select p.id from PaymentRecordEntity p where p.realmId = :realmId and p.tin = :tin and "
                        + identifierColumn + " = :identifier and p.paymentNumber = :number and p.confirmedBy is not null", String.class)
                .setParameter("realmId", realmId)
                .setParameter("tin", proof.tin().digits())
                .setParameter("identifier", proof.identifier())
                .setParameter("number", proof.number())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** The NPIs the TIN's payments were made to. */
    public Set<String> npisOf(Tin tin) {
        return Set.copyOf(em.createQuery("select distinct p.npi from PaymentRecordEntity p where p.realmId = :realmId and p.tin = :tin"
                        + " and p.npi is not null and p.confirmedBy is not null", String.class)
                .setParameter("realmId", realmId)
                .setParameter("tin", tin.digits())
                .getResultList());
    }

    /** The address on the TIN's latest payment. */
    public Optional<AddressOfRecord> addressOfRecord(Tin tin) {
        return em.createQuery("select p from PaymentRecordEntity p where p.realmId = :realmId and p.tin = :tin"
                        + " and p.confirmedBy is not null order by p.paymentDate desc, p.id", PaymentRecordEntity.class)
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
