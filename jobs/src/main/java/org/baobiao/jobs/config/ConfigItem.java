package org.baobiao.jobs.config;

import org.baobiao.spec.config.ConfigKind;
import org.baobiao.spec.config.Origin;

/**
 * One item of the configuration in force: a contract, a calendar year, a rule set, a layout
 * version, a report or a source definition.
 *
 * @param version the item's version as its file states it ({@code 第 2 版}, {@code 2026.2}), or the
 *     notice a calendar year follows; empty when the format has none
 * @param location where it was read: a path in the folder, or {@code 内置 <kind>/<file>}
 */
public record ConfigItem(
    ConfigKind kind, String id, String version, String title, Origin origin, String location) {}
