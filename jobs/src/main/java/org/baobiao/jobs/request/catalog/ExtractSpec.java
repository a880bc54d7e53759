package org.baobiao.jobs.request.catalog;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An extract of the catalog ({@code extracts/<id>.yaml}): a dataset over warehouse tables, the
 * fields it can deliver with their classes, and the filters it accepts.
 *
 * @param id the extract's id (its file name)
 * @param version the definition's version
 * @param title what people call it
 * @param description what it holds, or null
 * @param domain the business domain it reads ({@code medrec}, {@code blood}, {@code ops}, {@code
 *     interfaces})
 * @param sql the dataset's SELECT
 * @param fields the fields, in delivery order
 * @param filters the filters it accepts, each over the dataset column named
 * @param source where the definition came from (for messages)
 * @param aggregate for an aggregate extract, its people column, counts and suppression threshold;
 *     null for an extract of records
 */
public record ExtractSpec(
    String id,
    int version,
    String title,
    String description,
    String domain,
    String sql,
    List<ExtractField> fields,
    Map<FilterKind, String> filters,
    String source,
    Aggregate aggregate) {
  public ExtractSpec {
    requireNonNull(id, "id is null");
    requireNonNull(title, "title is null");
    requireNonNull(domain, "domain is null");
    requireNonNull(sql, "sql is null");
    fields = List.copyOf(fields);
    filters = Map.copyOf(filters);
    requireNonNull(source, "source is null");
  }

  /** Whether the extract delivers counts per group instead of records. */
  public boolean isAggregate() {
    return aggregate != null;
  }

  /**
   * Why delivering {@code fields} (those in {@code unmasked} in clear) under the code prefixes
   * {@code codePrefixes} needs a second approver, in Chinese; empty when it does not. A sensitive
   * field always does; a field with sensitive codes when it is to be delivered unmasked; and a
   * records extract filtered by a code prefix some code of the filtered field's sensitive list
   * starts with, since every row delivered then reveals the diagnosis, masked or not.
   */
  public List<String> secondApprovalReasons(
      List<String> fields, Collection<String> unmasked, List<String> codePrefixes) {
    List<String> reasons = new ArrayList<>();
    for (String name : fields) {
      ExtractField f = field(name).orElse(null);
      if (f == null) {
        continue;
      }
      if (f.fieldClass() == FieldClass.SENSITIVE) {
        reasons.add("含敏感个人信息字段 " + f.label());
      } else if (f.needsSecondApproval(unmasked.contains(name))) {
        reasons.add("申请 " + f.label() + " 原值（含" + f.sensitiveCodes().title() + "）");
      }
    }
    String column = filters.get(FilterKind.CODE_PREFIX);
    ExtractField filtered = column == null ? null : field(column).orElse(null);
    if (!isAggregate() && filtered != null && filtered.sensitiveCodes() != null) {
      for (String prefix : codePrefixes) {
        List<CodeList.Range> met = filtered.sensitiveCodes().meeting(prefix);
        if (!met.isEmpty()) {
          reasons.add(
              "编码前缀 "
                  + prefix
                  + " 涉及"
                  + String.join("、", met.stream().map(CodeList.Range::title).toList())
                  + "（筛选条件本身即透露诊断）");
        }
      }
    }
    return reasons;
  }

  /** The field of that name. */
  public Optional<ExtractField> field(String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst();
  }
}
