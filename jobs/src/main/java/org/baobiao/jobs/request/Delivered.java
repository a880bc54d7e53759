package org.baobiao.jobs.request;

import java.nio.file.Path;

/**
 * A request's run: the file written (kept in the data folder until downloaded or expired).
 *
 * @param request the request, now 已交付
 * @param file the file
 * @param rows rows written
 * @param sha256 the file's SHA-256
 * @param password the workbook's password when it was encrypted, else null: shown to the requester
 *     this once, kept nowhere
 */
public record Delivered(
    ExtractionRequest request, Path file, long rows, String sha256, String password) {}
