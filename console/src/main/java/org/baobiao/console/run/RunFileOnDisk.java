package org.baobiao.console.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A run's file found on disk under the console's run folder (see {@link ReportRuns#file}), and how
 * it is sent: as an attachment under its own name with its media type.
 */
public record RunFileOnDisk(String name, Path path) {
  /** The download response, for the pages and the API alike. */
  public ResponseEntity<FileSystemResource> response() {
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(name, StandardCharsets.UTF_8)
                .build()
                .toString())
        .contentType(mediaType(name))
        .body(new FileSystemResource(path));
  }

  static MediaType mediaType(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".pdf")) {
      return MediaType.APPLICATION_PDF;
    }
    if (lower.endsWith(".xlsx")) {
      return MediaType.parseMediaType(
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }
    if (lower.endsWith(".csv")) {
      return MediaType.parseMediaType("text/csv;charset=UTF-8");
    }
    return MediaType.APPLICATION_OCTET_STREAM;
  }
}
