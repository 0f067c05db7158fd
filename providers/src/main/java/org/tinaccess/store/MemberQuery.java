package org.tinaccess.store;

/**
 * A TIN admin's filter on the TIN's members.
 *
 * @param text searched in username, e-mail, first and last name, or {@code null}
 * @param status {@code invited}, {@code active}, {@code suspended}, or {@code null} for all
 */
public record MemberQuery(String tin, String text, String status, int first, int max) {}
