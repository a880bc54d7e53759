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
for rid in order:
    spec = yaml.safe_load(open(os.path.join(base, rid, 'report.yaml')))
    out += [f"## `{rid}` — {spec['title']}", '',
            '| id | indicator | numerator | denominator | unit | source |', '|---|---|---|---|---|---|']
    for i in spec.get('indicators', []):
        cells = [f"`{i['id']}`", i['name']] + [str(i.get(k, '')) for k in ('numerator', 'denominator', 'unit', 'source')]
        out.append('| ' + ' | '.join(c.replace('|', '\\|') for c in cells) + ' |')
    out.append('')
print('\n'.join(out).rstrip())
