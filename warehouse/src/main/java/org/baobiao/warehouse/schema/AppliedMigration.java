package org.baobiao.warehouse.schema;

import java.time.LocalDateTime;

/**
 * A schema migration that has been applied.
 *
 * @param version version number
 * @param description description from the file name
 * @param checksum SHA-256 of the migration text when applied
 * @param appliedAt when (Asia/Shanghai)
 */
public record AppliedMigration(
    int version, String description, String checksum, LocalDateTime appliedAt) {}
