/**
 * Deterministic sample-data generator for {@code ./baobiao generate}: the reference files (with the
 * interface catalog), the monthly ticket event files, the activity logs and the monthly interface
 * exchange logs of the five seed hospitals, in the formats of {@code docs/formats.md}, with a
 * small, recorded share of deliberately dirty rows.
 *
 * <p>Entry point: {@link org.baobiao.sample.SampleDataGenerator}.
 */
package org.baobiao.sample;
