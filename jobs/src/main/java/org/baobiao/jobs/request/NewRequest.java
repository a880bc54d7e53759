package org.baobiao.jobs.request;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * A new extraction request, as its requester fills it in (the requester is the acting {@link
 * Actor}).
 *
 * @param department the requester's department
 * @param purpose why
 * @param purposeText what for, in the requester's words
 * @param extractId the extract of the catalog
 * @param fields the fields wanted, in order; empty for every field of the extract
 * @param filters the filters
 * @param format the file format
 * @param neededBy when the data is needed, or null
 * @param unmaskedFields personal fields wanted unmasked (each must be among the fields); empty for
 *     none
 * @param basis the basis for unmasked values (ethics approval, regulation), required with them
 */
public record NewRequest(
    String department,
    Purpose purpose,
    String purposeText,
    String extractId,
    List<String> fields,
    RequestFilters filters,
    DeliveryFormat format,
    LocalDate neededBy,
    List<String> unmaskedFields,
    String basis) {
  public NewRequest {
    requireNonNull(purpose, "purpose is null");
    requireNonNull(extractId, "extractId is null");
    fields = fields == null ? List.of() : List.copyOf(fields);
    filters = filters == null ? RequestFilters.none() : filters;
    format = format == null ? DeliveryFormat.XLSX : format;
    unmaskedFields = unmaskedFields == null ? List.of() : List.copyOf(unmaskedFields);
  }
}
