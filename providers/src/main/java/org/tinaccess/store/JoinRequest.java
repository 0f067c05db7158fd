package org.tinaccess.store;

/** A join request and its one line (the TIN asked for, and the decision). */
public record JoinRequest(AccessRequestEntity request, RequestTinEntity line) {}
