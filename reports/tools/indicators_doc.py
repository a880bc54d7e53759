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

for rid in order:
    spec = yaml.safe_load(open(os.path.join(base, rid, 'report.yaml')))
    out += [f"## `{rid}` — {spec['title']}", '']
    period = next((p for p in spec.get('parameters', []) if p['name'] == 'period'), {})
    if period.get('year') == 'statistical':
        out += STATISTICAL_YEAR
    out += ['| id | indicator | numerator | denominator | unit | source |', '|---|---|---|---|---|---|']
    for i in spec.get('indicators', []):
        cells = [f"`{i['id']}`", i['name']] + [str(i.get(k, '')) for k in ('numerator', 'denominator', 'unit', 'source')]
        out.append('| ' + ' | '.join(c.replace('|', '\\|') for c in cells) + ' |')
    out.append('')
print('\n'.join(out).rstrip())
