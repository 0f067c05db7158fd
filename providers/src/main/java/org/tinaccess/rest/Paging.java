package org.tinaccess.rest;

/** {@code first}/{@code max} of a list endpoint: 20 by default, at most 100, never negative. */
public record Paging(int first, int max) {

    public static final int DEFAULT_MAX = 20;
    public static final int MAX = 100;

    public static Paging of(Integer first, Integer max) {
        if (first != null && first < 0) {
            throw ApiException.badRequest("invalid_paging", "first must be 0 or more.");
        }
        if (max != null && max < 1) {
            throw ApiException.badRequest("invalid_paging", "max must be 1 or more.");
        }
        return new Paging(first == null ? 0 : first, max == null ? DEFAULT_MAX : Math.min(max, MAX));
    }
}
