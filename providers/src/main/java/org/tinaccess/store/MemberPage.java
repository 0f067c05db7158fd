package org.tinaccess.store;

import java.util.List;

/** One page of a TIN's members and how many match in all. */
public record MemberPage(long total, List<MemberRow> items) {}
