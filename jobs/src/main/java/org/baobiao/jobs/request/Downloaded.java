package org.baobiao.jobs.request;

import java.nio.file.Path;

/**
 * One download of a delivered request.
 *
 * @param request the request after the download (已过期 after the last one allowed)
 * @param file the copy handed to the requester
 * @param sha256 its SHA-256
 * @param downloadsLeft downloads still allowed
 */
public record Downloaded(ExtractionRequest request, Path file, String sha256, int downloadsLeft) {}
