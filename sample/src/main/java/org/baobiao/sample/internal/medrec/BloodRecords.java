package org.baobiao.sample.internal.medrec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.baobiao.etl.source.ReasonCode;
import org.baobiao.sample.DirtyRow;
import org.baobiao.spec.csv.CsvWriter;
import org.baobiao.spec.csv.CsvWriter.Bom;
import org.baobiao.spec.csv.CsvWriter.Cells;
import org.baobiao.spec.csv.CsvWriter.LineEnd;

/**
 * Writes a hospital's sample blood-use records (docs/formats.md, domain {@code blood}), one file
 * per kind for the whole sample period, as the transfusion system exports them for the year's
 * statistics: the transfusions follow the front pages (a stay with red cells on its front page has
 * a request, cross-matched bags from the blood centre and their transfusions; some elective
 * operations have autologous blood), and the hospital's orders, laboratory quality control and
 * staff are written month by month. Each transfusion file has two lines the load must reject.
 */
public final class BloodRecords implements AutoCloseable {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
  private static final String[] ABO = {"", "A", "B", "O", "AB"};
  private static final String[] COMPONENTS = {"RBC", "PLASMA", "PLT"};
  private static final String[] REACTIONS = {"FEBRILE", "FEBRILE", "ALLERGIC", "ALLERGIC", "TACO"};
  private static final String[] ITEMS = {"ABO", "RHD", "ANTIBODY_SCREEN", "CROSSMATCH"};

  private final String orgCode;
  private final int staff;
  private final boolean antibodyId;
  private final Map<String, CsvWriter> out = new LinkedHashMap<>();
  private final List<DirtyRow> dirty = new ArrayList<>();
  // Stock movements draw from a stream of their own, so the other files do not depend on them.
  private final SplittableRandom stock;
  private long rows;
  private int serial;
  private int movements;
  private int lastYear;

  /** What was written. */
  public record Written(List<Path> files, long rows, List<DirtyRow> dirtyRows) {}

  /**
   * @param dir the hospital's folder
   * @param staff full-time transfusion staff of the hospital
   * @param antibodyId whether its blood bank also identifies antibodies (tertiary hospitals)
   */
  public BloodRecords(Path dir, String orgCode, int staff, boolean antibodyId) throws IOException {
    this.orgCode = orgCode;
    this.staff = staff;
    this.antibodyId = antibodyId;
    this.stock = new SplittableRandom(orgCode.hashCode() * 31L + 7);
    Files.createDirectories(dir);
    header(dir, "blood_staff", "org_code", "year", "staff");
    header(
        dir,
        "blood_orders",
        "org_code",
        "order_id",
        "ordered_at",
        "component",
        "abo",
        "rh",
        "units",
        "feedback",
        "feedback_at",
        "units_confirmed");
    header(
        dir,
        "blood_receipts",
        "org_code",
        "bag_no",
        "received_at",
        "source",
        "component",
        "abo",
        "rh",
        "units",
        "expires_at",
        "order_id");
    header(
        dir,
        "blood_inventory",
        "org_code",
        "movement_id",
        "bag_no",
        "moved_at",
        "movement",
        "component",
        "units",
        "dept",
        "reason");
    header(
        dir,
        "blood_requests",
        "org_code",
        "request_id",
        "record_no",
        "admission_no",
        "dept",
        "requested_at",
        "component",
        "units",
        "purpose",
        "operation_level",
        "form_ok",
        "retyped");
    header(
        dir,
        "blood_crossmatches",
        "org_code",
        "crossmatch_id",
        "request_id",
        "bag_no",
        "tested_at",
        "result");
    header(dir, "blood_lab_qc", "org_code", "month", "item", "internal_qc", "eqa");
    header(
        dir,
        "blood_transfusions",
        "org_code",
        "transfusion_id",
        "request_id",
        "record_no",
        "admission_no",
        "bag_no",
        "component",
        "units",
        "volume_ml",
        "started_at",
        "ended_at",
        "autologous",
        "collected_at");
    header(
        dir,
        "blood_reactions",
        "org_code",
        "reaction_id",
        "transfusion_id",
        "occurred_at",
        "reaction_type",
        "reported");
    header(
        dir,
        "blood_critical_values",
        "org_code",
        "critical_id",
        "request_id",
        "record_no",
        "critical_type",
        "detected_at",
        "notified_at");
  }

  private void header(Path dir, String kind, String... columns) throws IOException {
    CsvWriter w =
        CsvWriter.open(
            dir.resolve(kind + "_" + orgCode + ".csv"),
            StandardCharsets.UTF_8,
            Bom.WITHOUT,
            LineEnd.LF,
            Cells.VERBATIM);
    w.writeRow(columns);
    out.put(kind, w);
  }

  private long row(String kind, String... fields) throws IOException {
    rows++;
    return out.get(kind).writeRow(fields);
  }

  /**
   * The hospital's month: staff (once a year), orders to the blood centre, laboratory QC, and a few
   * bags of stock that are never used: they expire 35 days after receipt (when that falls on or
   * before {@code last}, the last day of the export), and now and then one is scrapped damaged.
   */
  void month(LocalDate month, LocalDate last, SplittableRandom b) throws IOException {
    int spare = 1 + stock.nextInt(3);
    for (int i = 0; i < spare; i++) {
      LocalDateTime received = month.plusDays(stock.nextInt(5)).atTime(10, 0);
      String bagNo =
          "KC" + month.toString().replace("-", "").substring(0, 6) + orgCode.substring(5) + i;
      String abo = ABO[1 + stock.nextInt(4)];
      row(
          "blood_receipts",
          orgCode,
          bagNo,
          TIME.format(received),
          "CENTER",
          "RBC",
          abo,
          "+",
          "2.0",
          TIME.format(received.plusDays(35)),
          "");
      if (i == 0 && stock.nextInt(3) == 0) {
        movement(
            bagNo, received.plusDays(3 + stock.nextInt(10)), "DISCARD", "RBC", "2.0", "", "血袋破损");
      } else if (!received.plusDays(35).toLocalDate().isAfter(last)) {
        movement(bagNo, received.plusDays(35), "EXPIRED", "RBC", "2.0", "", "");
      }
    }
    if (month.getYear() != lastYear) {
      lastYear = month.getYear();
      row("blood_staff", orgCode, String.valueOf(lastYear), String.valueOf(staff));
    }
    for (int week = 0; week < 4; week++) {
      LocalDateTime at = month.plusDays(week * 7L + b.nextInt(3)).atTime(9, b.nextInt(60));
      for (String abo : new String[] {"A", "B", "O", "AB"}) {
        int units = (abo.equals("AB") ? 2 : 6) + 2 * b.nextInt(4);
        int r = b.nextInt(50);
        String feedback = r == 0 ? "REJECTED" : r < 6 ? "PARTIAL" : "CONFIRMED";
        String confirmed =
            switch (feedback) {
              case "REJECTED" -> "0.0";
              case "PARTIAL" -> (units / 2) + ".0";
              default -> units + ".0";
            };
        row(
            "blood_orders",
            orgCode,
            "YX"
                + orgCode.substring(5)
                + "-"
                + month.toString().replace("-", "").substring(0, 6)
                + "-"
                + week
                + abo,
            TIME.format(at),
            "RBC",
            abo,
            "+",
            units + ".0",
            feedback,
            TIME.format(at.plusHours(2 + b.nextInt(20))),
            confirmed);
      }
    }
    boolean eqaMonth = month.getMonthValue() == 4 || month.getMonthValue() == 10;
    List<String> items = new ArrayList<>(List.of(ITEMS));
    if (antibodyId) {
      items.add("ANTIBODY_ID");
    }
    for (String item : items) {
      // Now and then a month's internal QC of an item was not run (or not recorded).
      String qc = b.nextInt(40) == 0 ? "N" : "Y";
      String eqa = eqaMonth && !item.equals("ANTIBODY_ID") ? "Y" : "N";
      row("blood_lab_qc", orgCode, month.toString(), item, qc, eqa);
    }
  }

  /**
   * A stay's blood: when its front page has red cells, a request, the bags from the blood centre
   * cross-matched and transfused; plasma when it has plasma; for some elective operations
   * autologous blood, whose volume goes on the front page ({@code p[52]}).
   *
   * @param p the front-page fields (file column order), before any deliberate coding error
   * @param operatedAt when its operation was, or null
   */
  void stay(String[] p, CaseType c, LocalDateTime operatedAt, SplittableRandom b)
      throws IOException {
    String record = p[1];
    String admission = p[2];
    LocalDateTime admitted = LocalDateTime.parse(p[17].replace(' ', 'T'));
    String abo = p[29].isEmpty() ? "O" : ABO[Integer.parseInt(p[29])];
    String rh = p[30].equals("1") ? "-" : "+";
    boolean surgery = operatedAt != null;
    boolean elective = surgery && c.operation().elective();
    if (elective && c.transfusionRate() >= 0.1 && b.nextInt(4) == 0) {
      autologous(p, record, admission, operatedAt, b);
    }
    if (p[48].isEmpty()) {
      return;
    }
    int redCells = (int) Double.parseDouble(p[48]);
    String request = "SQ" + orgCode.substring(5) + String.format(Locale.ROOT, "%06d", ++serial);
    LocalDateTime requested =
        surgery ? operatedAt.minusHours(6) : admitted.plusHours(20 + b.nextInt(30));
    if (requested.isBefore(admitted)) {
      requested = admitted.plusHours(1);
    }
    row(
        "blood_requests",
        orgCode,
        request,
        record,
        admission,
        p[20],
        TIME.format(requested),
        "RBC",
        redCells + ".0",
        surgery ? "SURGERY" : "MEDICAL",
        surgery ? c.operation().level() : "",
        b.nextInt(25) == 0 ? "N" : "Y",
        b.nextInt(40) == 0 ? "N" : "Y");
    if (rh.equals("-") || b.nextInt(20) == 0) {
      String type =
          rh.equals("-")
              ? "RHD_NEGATIVE"
              : new String[] {"ANTIBODY_POSITIVE", "DIFFICULT_CROSSMATCH", "DIFFICULT_TYPING"}
                  [b.nextInt(3)];
      LocalDateTime detected = requested.plusMinutes(30 + b.nextInt(60));
      row(
          "blood_critical_values",
          orgCode,
          "WJ" + request.substring(2),
          request,
          record,
          type,
          TIME.format(detected),
          TIME.format(detected.plusMinutes(3 + b.nextInt(25))));
    }
    LocalDateTime start = surgery ? operatedAt.plusHours(1) : requested.plusHours(3);
    for (int bag = 0; bag < redCells / 2; bag++) {
      String bagNo =
          "GZ"
              + TIME.format(requested).substring(0, 10).replace("-", "")
              + String.format(Locale.ROOT, "%06d", serial * 10 + bag);
      LocalDateTime received = requested.minusDays(1 + b.nextInt(3)).withHour(10);
      row(
          "blood_receipts",
          orgCode,
          bagNo,
          TIME.format(received),
          "CENTER",
          "RBC",
          abo,
          rh,
          "2.0",
          TIME.format(received.plusDays(35)),
          "");
      row(
          "blood_crossmatches",
          orgCode,
          "PX" + bagNo.substring(2),
          request,
          bagNo,
          TIME.format(requested.plusMinutes(40 + bag * 5)),
          "COMPATIBLE");
      LocalDateTime at = start.plusHours(bag * 3L);
      issue(bagNo, at, "RBC", "2.0", p[20]);
      transfusion(
          request,
          record,
          admission,
          bagNo,
          "RBC",
          "2.0",
          "260",
          at,
          at.plusMinutes(90 + b.nextInt(60)),
          "NONE",
          null,
          b);
    }
    if (!p[49].isEmpty()) {
      int ml = Integer.parseInt(p[49]);
      LocalDateTime at = start.plusHours(1);
      transfusion(
          request,
          record,
          admission,
          "",
          "PLASMA",
          (ml / 100) + ".0",
          String.valueOf(ml),
          at,
          at.plusMinutes(60),
          "NONE",
          null,
          b);
    }
  }

  private void autologous(
      String[] p, String record, String admission, LocalDateTime operatedAt, SplittableRandom b)
      throws IOException {
    int kind = b.nextInt(3);
    String type = kind == 0 ? "STORED" : kind == 1 ? "DILUTION" : "SALVAGE";
    int ml = 200 * (1 + b.nextInt(2));
    LocalDateTime collected =
        switch (type) {
          case "STORED" -> operatedAt.minusDays(3 + b.nextInt(5)).withHour(9);
          case "DILUTION" -> operatedAt;
          default -> operatedAt.plusMinutes(30);
        };
    String bagNo = "ZT" + orgCode.substring(5) + String.format(Locale.ROOT, "%06d", ++serial);
    LocalDateTime at =
        type.equals("STORED")
            ? operatedAt.plusHours(1)
            : collected.plusHours(b.nextInt(30) == 0 ? 13 : 2 + b.nextInt(4));
    if (type.equals("STORED")) {
      row(
          "blood_receipts",
          orgCode,
          bagNo,
          TIME.format(collected),
          "AUTOLOGOUS",
          "WB",
          "O",
          "+",
          (ml / 200) + ".0",
          TIME.format(collected.plusDays(35)),
          "");
      issue(bagNo, at, "WB", (ml / 200) + ".0", p[20]);
    }
    // Collect-and-use blood goes back within hours; now and then a dilution takes longer than 12 h.
    transfusion(
        "",
        record,
        admission,
        type.equals("STORED") ? bagNo : "",
        type.equals("SALVAGE") ? "RBC" : "WB",
        (ml / 200) + ".0",
        String.valueOf(ml),
        at,
        at.plusMinutes(60),
        type,
        collected,
        b);
    p[52] = String.valueOf(ml);
  }

  /**
   * A bag issued to the ward 20 minutes before its transfusion; now and then it is first issued
   * earlier, comes back unused (the transfusion was put off) and is issued again.
   */
  private void issue(
      String bagNo, LocalDateTime transfusedAt, String component, String units, String dept)
      throws IOException {
    if (stock.nextInt(60) == 0) {
      LocalDateTime first = transfusedAt.minusHours(3);
      movement(bagNo, first, "ISSUE", component, units, dept, "");
      movement(bagNo, first.plusMinutes(25), "RETURN", component, units, dept, "患者暂缓输血，30 分钟内退回");
    }
    movement(bagNo, transfusedAt.minusMinutes(20), "ISSUE", component, units, dept, "");
  }

  private void movement(
      String bagNo,
      LocalDateTime at,
      String movement,
      String component,
      String units,
      String dept,
      String reason)
      throws IOException {
    String id = "CK" + orgCode.substring(5) + String.format(Locale.ROOT, "%07d", ++movements);
    long line =
        row(
            "blood_inventory",
            orgCode,
            id,
            bagNo,
            TIME.format(at),
            movement,
            component,
            units,
            dept,
            reason);
    if (line == 25) {
      // A line the load must reject: a bag issued without saying to which ward.
      long bad =
          row(
              "blood_inventory",
              orgCode,
              id + "-B",
              bagNo,
              TIME.format(at),
              "ISSUE",
              component,
              units,
              "",
              "");
      dirty.add(
          new DirtyRow(
              out.get("blood_inventory").file(),
              bad,
              ReasonCode.MISSING_VALUE,
              "dept",
              "发血未填领血科室"));
    }
  }

  private void transfusion(
      String request,
      String record,
      String admission,
      String bag,
      String component,
      String units,
      String ml,
      LocalDateTime at,
      LocalDateTime end,
      String autologous,
      LocalDateTime collected,
      SplittableRandom b)
      throws IOException {
    String id = "SX" + orgCode.substring(5) + String.format(Locale.ROOT, "%07d", ++serial);
    long line =
        row(
            "blood_transfusions",
            orgCode,
            id,
            request,
            record,
            admission,
            bag,
            component,
            units,
            ml,
            TIME.format(at),
            TIME.format(end),
            autologous,
            collected == null ? "" : TIME.format(collected));
    if (b.nextInt(45) == 0) {
      row(
          "blood_reactions",
          orgCode,
          "FY" + id.substring(2),
          id,
          TIME.format(at.plusMinutes(20 + b.nextInt(40))),
          REACTIONS[b.nextInt(REACTIONS.length)],
          b.nextInt(8) == 0 ? "N" : "Y");
    }
    if (line == 30 || line == 60) {
      // Two lines the load must reject: a component code the list does not have, and a transfusion
      // that ends before it starts.
      Path file = out.get("blood_transfusions").file();
      if (line == 30) {
        long bad =
            row(
                "blood_transfusions",
                orgCode,
                id + "-B",
                request,
                record,
                admission,
                bag,
                "RBCS",
                units,
                ml,
                TIME.format(at),
                TIME.format(end),
                autologous,
                "");
        dirty.add(new DirtyRow(file, bad, ReasonCode.BAD_CODE, "component", "红细胞写成 RBCS"));
      } else {
        long bad =
            row(
                "blood_transfusions",
                orgCode,
                id + "-B",
                request,
                record,
                admission,
                bag,
                component,
                units,
                ml,
                TIME.format(at),
                TIME.format(at.minusMinutes(30)),
                autologous,
                "");
        dirty.add(new DirtyRow(file, bad, ReasonCode.INCONSISTENT, "ended_at", "结束时间早于开始时间"));
      }
    }
  }

  /** Closes the files. */
  public Written finish() throws IOException {
    List<Path> files = new ArrayList<>();
    for (CsvWriter w : out.values()) {
      w.close();
      files.add(w.file());
    }
    return new Written(files, rows, dirty);
  }

  @Override
  public void close() throws IOException {
    for (CsvWriter w : out.values()) {
      w.close();
    }
  }
}
