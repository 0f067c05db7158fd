package org.tinaccess.billing;

import java.time.Duration;
import org.tinaccess.store.ClientGrantStatus;

/** The rules of client grants that need no server, so they are tested on their own. */
public final class ClientGrantRules {

    /** What a service's new request for a client does, given the open grant it may already have. */
    public enum Outcome {
        /** No open grant: a new pending one. */
        CREATE,
        /** A pending grant older than the lifespan: it expires and a new one is made ("re-request after 30 days"). */
        EXPIRE_THEN_CREATE,
        /** A pending grant still within its lifespan: refused. */
        ALREADY_PENDING,
        /** Already approved: nothing to ask. */
        ALREADY_APPROVED
    }

    private ClientGrantRules() {}

    /**
     * @param open the status of the service's open grant for the client, or null if none
     * @param requestedAt when that grant was requested (epoch millis)
     */
    public static Outcome onRequest(ClientGrantStatus open, long requestedAt, long now, Duration lifespan) {
        if (open == null) {
            return Outcome.CREATE;
        }
        if (open == ClientGrantStatus.APPROVED) {
            return Outcome.ALREADY_APPROVED;
        }
        return isOverdue(requestedAt, now, lifespan) ? Outcome.EXPIRE_THEN_CREATE : Outcome.ALREADY_PENDING;
    }

    /** A pending grant is overdue once its lifespan has passed unanswered. */
    public static boolean isOverdue(long requestedAt, long now, Duration lifespan) {
        return now - requestedAt >= lifespan.toMillis();
    }

    /** A reviewer ("web support") resends a request the client has not answered, once. */
    public static boolean mayResend(ClientGrantStatus status, boolean resent) {
        return status == ClientGrantStatus.PENDING && !resent;
    }
}
