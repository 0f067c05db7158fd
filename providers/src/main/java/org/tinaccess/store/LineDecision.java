package org.tinaccess.store;

import jakarta.persistence.EntityManager;

/** Deciding one line of a request, admin or join, so that of two concurrent decisions exactly one wins. */
final class LineDecision {

    private LineDecision() {}

    /**
     * Decides {@code line} if, and only if, it is still pending: a conditional UPDATE settled by the
     * database. Closes the request when no line is left pending. Returns whether this call won.
     */
    static boolean decide(EntityManager em, String realmId, RequestTinEntity line, LineStatus status, String reasonCode, String note,
            String decidedBy, long now) {
        int updated = em.createQuery("update RequestTinEntity l set l.status = :status, l.reasonCode = :reason, l.note = :note,"
                        + " l.decidedBy = :by, l.decidedAt = :now where l.id = :id and l.realmId = :realmId and l.status = :pending")
                .setParameter("status", status.name())
                .setParameter("reason", reasonCode)
                .setParameter("note", note)
                .setParameter("by", decidedBy)
                .setParameter("now", now)
                .setParameter("id", line.getId())
                .setParameter("realmId", realmId)
                .setParameter("pending", LineStatus.PENDING.name())
                .executeUpdate();
        if (updated != 1) {
            return false;
        }
        em.refresh(line);
        em.createQuery("update AccessRequestEntity r set r.status = :decided, r.decidedAt = :now where r.id = :id"
                        + " and r.realmId = :realmId and not exists (select l.id from RequestTinEntity l"
                        + " where l.requestId = r.id and l.status = :pending)")
                .setParameter("decided", RequestStatus.DECIDED.name())
                .setParameter("now", now)
                .setParameter("id", line.getRequestId())
                .setParameter("realmId", realmId)
                .setParameter("pending", LineStatus.PENDING.name())
                .executeUpdate();
        // The bulk UPDATEs bypassed the persistence context: reload a managed copy of the request so
        // that a later flush of it does not write the old status back.
        AccessRequestEntity managed = em.find(AccessRequestEntity.class, line.getRequestId());
        if (managed != null) {
            em.refresh(managed);
        }
        return true;
    }
}
