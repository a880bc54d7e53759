package org.baobiao.sample.internal;

/**
 * Values for the placeholders of a note text.
 *
 * @param systemName replaces {@code {system}}
 * @param department replaces {@code {dept}}
 * @param surname replaces {@code {surname}}
 */
public record NoteContext(String systemName, String department, String surname) {}
