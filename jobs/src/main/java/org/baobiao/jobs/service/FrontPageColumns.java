package org.baobiao.jobs.service;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.baobiao.etl.medrec.MedrecColumns;
import org.baobiao.reports.submission.SubmissionColumns;
import org.baobiao.reports.submission.UploadLayout;
import org.baobiao.spec.personal.PersonalData;

/**
 * The columns a front-page upload layout may read: those of the medrec file kinds, with their
 * personal data classes. This is where the submission writers of {@code reports} meet the domain
 * that owns the tables.
 */
public final class FrontPageColumns implements SubmissionColumns {
  /** The only instance. */
  public static final FrontPageColumns INSTANCE = new FrontPageColumns();

  private FrontPageColumns() {}

  @Override
  public String record() {
    return UploadLayout.FRONT_PAGES;
  }

  @Override
  public String title() {
    return "病案首页";
  }

  @Override
  public Set<UploadLayout.Part> parts() {
    return EnumSet.of(
        UploadLayout.Part.RECORD, UploadLayout.Part.DIAGNOSES, UploadLayout.Part.OPERATIONS);
  }

  @Override
  public boolean has(UploadLayout.Part part, String column) {
    return switch (part) {
      case RECORD -> MedrecColumns.frontPage(column);
      case DIAGNOSES -> MedrecColumns.diagnosis(column);
      case OPERATIONS -> MedrecColumns.operation(column);
      case REGISTRATION -> false;
    };
  }

  @Override
  public Optional<PersonalData> personal(UploadLayout.Part part, String column) {
    return MedrecColumns.personal(column);
  }
}
