package org.baobiao.reports.submission;

import java.util.Optional;
import org.baobiao.spec.personal.PersonalData;

/**
 * The warehouse columns an upload layout may read, and the personal data among them. The domain
 * that owns the tables provides it (for front pages, the medrec file kinds), so a layout naming a
 * column that does not exist is refused with its file and line, and a personal column is masked
 * even where a layout forgot to say {@code personal: true}.
 */
public interface SubmissionColumns {

  /** Whether {@code column} is a column of {@code part}'s table. */
  boolean has(UploadLayout.Part part, String column);

  /** The class of personal data {@code column} holds, if any. */
  Optional<PersonalData> personal(String column);
}
