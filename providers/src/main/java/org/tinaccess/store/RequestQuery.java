package org.tinaccess.store;

/**
 * A reviewer's filter on the admin-request queue.
 *
 * @param status {@code null} for all, else pending or decided requests only
 * @param tin nine digits, or {@code null}
 * @param text searched in names, e-mail, organisation and reference, or {@code null}
 */
public record RequestQuery(RequestStatus status, String tin, String text, int first, int max) {}
