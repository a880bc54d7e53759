package org.baobiao.sample;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.baobiao.etl.source.ReasonCode;

/**
 * What a generation run wrote.
 *
 * @param referenceFiles {@code hospitals.csv}, {@code contracts.csv}, {@code systems.csv}, {@code
 *     interfaces.csv}
 * @param ticketFiles the monthly ticket event files, by hospital then month
 * @param tickets tickets generated (each has its {@code REPORTED} event in one ticket file)
 * @param eventRows data lines written to the ticket files, dirty ones included
 * @param dirtyRows every deliberately dirty line, in the order written
 * @param activityFiles the yearly activity files, by hospital then year
 * @param activityRows data lines written to the activity files, dirty ones included
 * @param interfaceFiles the monthly interface exchange files, by hospital then month
 * @param interfaceRows data lines written to the interface exchange files, dirty ones included
 * @param medrecFiles the quarterly front-page, diagnosis and operation files, by hospital
 * @param medrecRows data lines written to the front-page files, dirty ones included
 * @param bloodFiles the blood-use files, by hospital then kind
 * @param bloodRows data lines written to the blood-use files, dirty ones included
 * @param mchFiles the maternal and child health (thalassemia) files, by hospital then kind
 * @param mchRows data lines written to the maternal and child health files, dirty ones included
 */
public record GeneratedFiles(
    List<Path> referenceFiles,
    List<Path> ticketFiles,
    long tickets,
    long eventRows,
    List<DirtyRow> dirtyRows,
    List<Path> activityFiles,
    long activityRows,
    List<Path> interfaceFiles,
    long interfaceRows,
    List<Path> medrecFiles,
    long medrecRows,
    List<Path> bloodFiles,
    long bloodRows,
    List<Path> mchFiles,
    long mchRows) {

  /** Copies the lists. */
  public GeneratedFiles {
    referenceFiles = List.copyOf(requireNonNull(referenceFiles, "referenceFiles is null"));
    ticketFiles = List.copyOf(requireNonNull(ticketFiles, "ticketFiles is null"));
    dirtyRows = List.copyOf(requireNonNull(dirtyRows, "dirtyRows is null"));
    activityFiles = List.copyOf(requireNonNull(activityFiles, "activityFiles is null"));
    interfaceFiles = List.copyOf(requireNonNull(interfaceFiles, "interfaceFiles is null"));
    medrecFiles = List.copyOf(requireNonNull(medrecFiles, "medrecFiles is null"));
    bloodFiles = List.copyOf(requireNonNull(bloodFiles, "bloodFiles is null"));
    mchFiles = List.copyOf(requireNonNull(mchFiles, "mchFiles is null"));
  }

  /** A run that wrote no maternal and child health files. */
  public GeneratedFiles(
      List<Path> referenceFiles,
      List<Path> ticketFiles,
      long tickets,
      long eventRows,
      List<DirtyRow> dirtyRows,
      List<Path> activityFiles,
      long activityRows,
      List<Path> interfaceFiles,
      long interfaceRows,
      List<Path> medrecFiles,
      long medrecRows,
      List<Path> bloodFiles,
      long bloodRows) {
    this(
        referenceFiles,
        ticketFiles,
        tickets,
        eventRows,
        dirtyRows,
        activityFiles,
        activityRows,
        interfaceFiles,
        interfaceRows,
        medrecFiles,
        medrecRows,
        bloodFiles,
        bloodRows,
        List.of(),
        0);
  }

  /** A run that wrote no interface exchange files. */
  public GeneratedFiles(
      List<Path> referenceFiles,
      List<Path> ticketFiles,
      long tickets,
      long eventRows,
      List<DirtyRow> dirtyRows,
      List<Path> activityFiles,
      long activityRows) {
    this(
        referenceFiles,
        ticketFiles,
        tickets,
        eventRows,
        dirtyRows,
        activityFiles,
        activityRows,
        List.of(),
        0,
        List.of(),
        0,
        List.of(),
        0);
  }

  /** A run that wrote no activity and no interface exchange files. */
  public GeneratedFiles(
      List<Path> referenceFiles,
      List<Path> ticketFiles,
      long tickets,
      long eventRows,
      List<DirtyRow> dirtyRows) {
    this(referenceFiles, ticketFiles, tickets, eventRows, dirtyRows, List.of(), 0);
  }

  /** Number of dirty lines per reason code, every code listed (zero when absent). */
  public Map<ReasonCode, Long> dirtyRowsByReason() {
    Map<ReasonCode, Long> counts = new EnumMap<>(ReasonCode.class);
    for (ReasonCode reason : ReasonCode.values()) {
      counts.put(reason, 0L);
    }
    for (DirtyRow row : dirtyRows) {
      counts.merge(row.reason(), 1L, Long::sum);
    }
    return Collections.unmodifiableMap(counts);
  }
}
