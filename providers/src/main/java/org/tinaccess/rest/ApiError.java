package org.tinaccess.rest;

/** The one error body of the TIN Access API: a stable machine code and a sentence for people. */
public record ApiError(String error, String message) {}
