package org.tinaccess.rest;

/**
 * {@code first}/{@code max} of a list endpoint: 20 by default, at most 100, never negative. Taken
 * as text and parsed here, so {@code max=abc} is a 400 in the API's format rather than the
 * framework's 404 for a query parameter it cannot convert.
 */
public record Paging(int first, int max) {

    public static final int DEFAULT_MAX = 20;
    public static final int MAX = 100;

    public static Paging of(String first, String max) {
        Integer from = number("first", first);
        Integer size = number("max", max);
        if (from != null && from < 0) {
            throw ApiException.badRequest("invalid_paging", "first must be 0 or more.");
        }
        if (size != null && size < 1) {
            throw ApiException.badRequest("invalid_paging", "max must be 1 or more.");
        }
        return new Paging(from == null ? 0 : from, size == null ? DEFAULT_MAX : Math.min(size, MAX));
    }

    private static Integer number(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("invalid_paging", name + " must be a whole number.");
        }
    }
}
