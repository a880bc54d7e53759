package org.baobiao.jobs.service;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.baobiao.mch.qc.RecordKind;
import org.baobiao.reports.submission.RecordUpload;
import org.baobiao.reports.submission.SubmissionColumns;
import org.baobiao.reports.submission.UploadLayout;
import org.baobiao.spec.personal.PersonalData;

/**
 * The columns an upload layout of MCH records (a birth, a registration, a thalassemia screening)
 * may read: those of the record's mch file kind, and, for a record of a pregnancy ({@code
 * pregnancy_id}), those of the pregnancy's registration (孕产妇建册: the mother's name and ID number),
 * with their personal data classes; and where the upload writer reads them.
 */
public final class MchRecordColumns implements SubmissionColumns {
  private static final String REGISTRATIONS = "mch_registrations";
  private static final String PREGNANCY = "pregnancy_id";

  private final RecordKind kind;

  private MchRecordColumns(RecordKind kind) {
    this.kind = requireNonNull(kind, "kind is null");
  }

  /** One per MCH record kind the quality rules know, in the etl module's order. */
  public static List<MchRecordColumns> all() {
    List<MchRecordColumns> out = new ArrayList<>();
    for (RecordKind k : RecordKind.all().values()) {
      out.add(new MchRecordColumns(k));
    }
    return out;
  }

  /** The columns of {@code table}'s records, or empty when it is not an MCH record table. */
  public static Optional<MchRecordColumns> of(String table) {
    return Optional.ofNullable(RecordKind.of(table)).map(MchRecordColumns::new);
  }

  @Override
  public String record() {
    return kind.table();
  }

  @Override
  public String title() {
    return kind.title();
  }

  @Override
  public Set<UploadLayout.Part> parts() {
    return registered()
        ? EnumSet.of(UploadLayout.Part.RECORD, UploadLayout.Part.REGISTRATION)
        : EnumSet.of(UploadLayout.Part.RECORD);
  }

  @Override
  public boolean has(UploadLayout.Part part, String column) {
    return switch (part) {
      case RECORD -> kind.has(column);
      case REGISTRATION -> registered() && registrations().has(column);
      case DIAGNOSES, OPERATIONS -> false;
    };
  }

  @Override
  public Optional<PersonalData> personal(UploadLayout.Part part, String column) {
    RecordKind k = part == UploadLayout.Part.REGISTRATION ? registrations() : kind;
    return k.personal().classOf(column);
  }

  /** Where the upload writer reads the records, their blocking violations and registrations. */
  public RecordUpload.Source source() {
    return new RecordUpload.Source(
        kind.table(),
        kind.title(),
        kind.key(),
        kind.date(),
        kind.label(kind.date()),
        "mch_violations",
        registered() ? new RecordUpload.Link(REGISTRATIONS, PREGNANCY) : null);
  }

  /** Whether the record belongs to a registered pregnancy (and is not the registration). */
  private boolean registered() {
    return kind.has(PREGNANCY) && !kind.table().equals(REGISTRATIONS);
  }

  private static RecordKind registrations() {
    return RecordKind.of(REGISTRATIONS);
  }
}
