package org.tinaccess.store;

import java.util.List;

/** One page of requests, oldest first, and how many match in all. */
public record RequestPage(long total, List<AccessRequestEntity> items) {}
