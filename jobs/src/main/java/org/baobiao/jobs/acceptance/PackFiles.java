package org.baobiao.jobs.acceptance;

/**
 * The names of the files inside an acceptance pack, in the order they are stored. They are ASCII:
 * ZIP tools that ignore the UTF-8 flag (Windows 7's Explorer, some Linux {@code unzip} builds)
 * would garble Chinese names; the cover and the manifest say in Chinese what each file holds.
 */
public final class PackFiles {
  public static final String COVER = "00_cover.pdf";
  public static final String SLA = "01_sla-compliance.pdf";
  public static final String EVIDENCE = "02_duty-evidence.xlsx";
  public static final String TICKETS = "03_tickets.xlsx";
  public static final String CHANGES = "04_change-requests.xlsx";
  public static final String MILESTONES = "05_payment-milestones.pdf";
  public static final String MANIFEST = "manifest.json";

  private PackFiles() {}
}
