#!/usr/bin/env python3
"""Writes docs/indicators.md from the indicators of every report.yaml, in catalog order
(IndicatorsDocTest checks the page against the specs). A developer tool (needs PyYAML):

  python3 reports/tools/indicators_doc.py > docs/indicators.md
"""
import os
import yaml

base = os.path.join(os.path.dirname(os.path.abspath(__file__)), '../src/main/resources/reports')
order = [l.strip() for l in open(os.path.join(base, 'catalog.txt')) if l.strip() and not l.startswith('#')]
out = ['# Indicators', '',
       "Every figure Baobiao reports is an indicator defined in its report's `report.yaml`",
       '(`reports/src/main/resources/reports/<id>/report.yaml`, key `indicators`): numerator, denominator,',
       'unit and source, printed at the end of each PDF. This page lists them all, report by report;',
       '`IndicatorsDocTest` fails when a report defines an indicator this page does not list with the',
       'same name, numerator, denominator, unit and source. Written by `reports/tools/indicators_doc.py`.', '']
# The note for reports whose years are MCH statistical years (report.yaml: year: statistical).
STATISTICAL_YEAR = [
    '**Statistical year.** A year of this report is the maternal and child health statistical year:',
    '`--period 2026` counts from 2025-10-01 to 2026-09-30 (stated on the report as',
    '2026统计年度（2025年10月1日至2026年9月30日）); quarters are calendar quarters. Source: 《全国妇幼卫生调查制度》',
    '(卫生部 2012 / 国家卫生计生委 2015 制定、国家统计局批准; the 2015 text is 国卫规划函〔2015〕392号 附件5), 总说明: 妇幼保健工作情况',
    '年报表“报告期为年报，统计起止时间为前一年10月1日至本年度9月30日”, with the quarterly tables reported',
    'by calendar quarter (the 3+1 mode since the fourth quarter of 2005: the annual tables count the',
    "previous year's fourth quarter and this year's first three). Checked against the texts at",
    'https://m.163wenku.com/p-5083906.html (全国妇幼卫生调查制度 training material quoting 总说明),',
    'http://www.dybbs8.com/excel/341214.html (全国妇幼卫生年报表使用手册, 2020 system) and',
    'https://haowendang.cn/c7ppxh6fdxo9o8y29wt5t6vudb8bhn000zas_1.html (“3+1”模式实施方案).',
    '']

# Report-specific notes, by report id: rules a report applies that are not one indicator's.
NOTES = {
    'thal-couples': [
        '**Roster time and the prenatal diagnosis window.** The roster speaks as of `:cutoff`: the',
        'start (0:00) of the generation day while the period is not over, else the end of the',
        "period (`report --generated-at` pins it); records dated from then on are not yet known.",
        'Gestational age is the whole days from the last menstrual period (末次月经) to that time,',
        'printed as weeks+days (23+0). Prenatal diagnosis of a same-type couple\'s pregnancy is **due**',
        'from 11+0 weeks (chorionic villus sampling) and **overdue** from 23+0 weeks: the',
        'amniocentesis window ends at 22+6 weeks, after which only cord-blood sampling remains, and a',
        'severe fetus found later means a late termination. Sources: the sampling windows stated',
        'in public clinical material (绒毛取材 11–14 周, 羊膜腔穿刺 16–26 周, 22+6 周之后脐血穿刺:',
        'http://kaowaiyu.cn/health/audio/3546213.html); 中华医学会围产医学分会、中华医学会妇产科学分会产科学组',
        '《地中海贫血妊娠期管理专家共识》, 中华围产医学杂志 2020;23(9):577-584 (same-type carrier couples',
        'are offered invasive prenatal diagnosis;',
        'https://seleguide.yiigle.com/uploads/guide_html/地中海贫血妊娠期管理专家共识.html); the',
        'trend to early diagnosis in Guangdong (median 13 weeks over 4,045 diagnoses, 2011–2019:',
        '*Hemoglobin* 2020;44(5):325-328, https://pubmed.ncbi.nlm.nih.gov/32799708/); and the',
        'Guangdong technical norm for thalassemia prenatal diagnosis (《地中海贫血产前诊断技术规范》,',
        '广东省卫生厅 2006, https://www.xiaomilidoc.com/p-14617938.html), whose sampling section we could',
        'not read in full: the weeks are a stated choice, kept as the constants of `windows` in',
        "`roster_rows.sql`, for a hospital to change with its own protocol. Urgency order: overdue,",
        'severe fetus still carried, due, last period unknown, not yet due, diagnosed, ended, no',
        'pregnancy; the furthest gestation first within each.', ''],
}

# The note for reports whose first page is written by findings rules (report.yaml: findings).
FINDINGS_NOTE = [
    "**Findings.** This report's first page is written by the rules under `findings:` in its",
    '`report.yaml` ([format below](#findings-rules)); each sentence names the dataset, row and column',
    'of the figure it states.', '']
# The findings rules format, at the end of the page.
FINDINGS = '''## Findings rules

A report may write its first page in words (主要发现) from its own figures, by rules kept in its
`report.yaml` under `findings:` (`ops-annual` and `hospital-annual` do). The runner computes the datasets, then
evaluates the rules in order and adds one more dataset, `findings`, first: the PDF prints it on
page 1, the XLSX as the first sheet after 说明, the CSV as `<base>.findings.csv`. Like the rest of
a report, the rules are the user's: a folder `reports/<id>/` in the configuration folder replaces
the bundled report whole ([configuration.md](configuration.md)), rules included.

```yaml
findings:
  - id: sla_up                      # unique, snake_case; printed beside the sentence
    dataset: summary                # a dataset of this report
    when: [sla_change > 0]          # all must hold on the row (optional: every row)
    column: sla_change              # the figure the sentence states (its source)
    max: 1                          # at most this many sentences (optional, default 20)
    text: 服务级别总体达标率 {sla_compliance}，较上年同期（{sla_compliance_year_ago}）上升 {sla_change|pp} 个百分点。
```

- **One sentence per row**: for each row of `dataset` on which every `when` condition holds,
  in the dataset's order, up to `max`.
- **Conditions**: `column is null`, `column is not null`, or `column OP value` with `OP` one of
  `=`, `!=` (or `<>`), `<`, `<=`, `>`, `>=`. Numeric columns (INTEGER, DECIMAL, PERCENT) compare
  with a number — a PERCENT column holds a fraction, so 95 % is `0.95`; TEXT columns only with
  `=` or `!=` and a quoted text (`status_label = '未履行'`); DATE and TIMESTAMP columns only with
  `is null` / `is not null`. A comparison with a NULL value is false, as in SQL: write the
  missing-comparison sentence as its own rule (`tickets_year_ago is null` → 无上年同期数据).
- **Placeholders** `{column}` print the row's value as people read it: INTEGER as is, DECIMAL at
  the column's scale, PERCENT as a percentage at the column's scale (`0.961` → `96.1%`), DATE
  `2026年5月6日`, TIMESTAMP `2026年5月6日 09:05`, NULL `—`. Modifiers after `|`: `abs` (absolute
  value, for 减少 3 件), `pp` (a PERCENT value as percentage points, without %: `0.021` → `2.1`),
  `month` (a DATE or TIMESTAMP as `5月`); they combine: `{sla_change|abs|pp}`.
- **Traceability**: each row of `findings` holds `seq`, `sentence`, `rule_id`, `source_dataset`,
  `source_title` (the section), `source_row` (1-based row of that dataset), `source_column`,
  `source_label` and `value` (the figure of `column`, formatted without modifiers).
- **Errors**: a rule naming an unknown dataset or column, an operator or modifier that does not fit
  the column's type, a malformed condition, unbalanced braces, a duplicate id or an unknown key is
  reported when the catalog loads (and by `config check`) with file, line and field, e.g.
  `reports/ops-annual/report.yaml:210:12 findings[3].when[0]: 数据集 summary 没有列 'sla_chang'；可用: …`.
- The dataset name `findings` is reserved in a report that has rules.'''

for rid in order:
    spec = yaml.safe_load(open(os.path.join(base, rid, 'report.yaml')))
    out += [f"## `{rid}` — {spec['title']}", '']
    period = next((p for p in spec.get('parameters', []) if p['name'] == 'period'), {})
    if period.get('year') == 'statistical':
        out += STATISTICAL_YEAR
    if spec.get('findings'):
        out += FINDINGS_NOTE
    out += NOTES.get(rid, [])
    out += ['| id | indicator | numerator | denominator | unit | source |', '|---|---|---|---|---|---|']
    for i in spec.get('indicators', []):
        cells = [f"`{i['id']}`", i['name']] + [str(i.get(k, '')) for k in ('numerator', 'denominator', 'unit', 'source')]
        out.append('| ' + ' | '.join(c.replace('|', '\\|') for c in cells) + ' |')
    out.append('')
out += [FINDINGS]
print('\n'.join(out).rstrip())
