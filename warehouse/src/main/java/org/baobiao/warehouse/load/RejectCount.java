package org.baobiao.warehouse.load;

/**
 * How many rejects of one reason one domain has.
 *
 * @param domain source domain
 * @param reasonCode reason code, e.g. {@code BAD_TIMESTAMP}
 * @param count number of rejected fields with this reason
 */
public record RejectCount(String domain, String reasonCode, long count) {}
