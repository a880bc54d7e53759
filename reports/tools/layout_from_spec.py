#!/usr/bin/env python3
"""Writes a report's PDF layout (layout.jrxml) from its report.yaml, in the style of
ops-monthly/layout.jrxml (styles, title, page header and footer are taken from there): summary
cards, an optional monthly time-series chart, one table per dataset, the indicator definitions.
A developer tool (needs PyYAML); the generated file is committed and may be edited by hand.

  cd reports/src/main/resources/reports/medrec-qc
  python3 ../../../../../tools/layout_from_spec.py report.yaml \
      summary,chart,by_rule,by_dept,by_coder,worst,INDICATORS \
      'monthly:month:pass_rate:通过率:通过率（%）' > layout.jrxml

Arguments: the spec, the PDF sections in order (dataset names; `summary` as cards, `chart` for
the chart, `INDICATORS` for the definitions), and the chart as
dataset:date_column:value_column:series_label:axis_label (a PERCENT value is drawn × 100).
"""
import sys, yaml, html
import os
src = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '../src/main/resources/reports/ops-monthly/layout.jrxml')).read()
styles = src[src.index('\t<property name="net.sf.jasperreports.awt'):src.index('\t<dataset name="summary">')]
footer = src[src.index('\t<pageFooter'):]
spec = yaml.safe_load(open(sys.argv[1]))
rid = spec['id']
CLS = {'INTEGER':'java.lang.Long','DECIMAL':'java.math.BigDecimal','PERCENT':'java.math.BigDecimal','TEXT':'java.lang.String','DATE':'java.util.Date','TIMESTAMP':'java.util.Date'}
PAT = {'INTEGER':'#,##0','PERCENT':'0.0%','DATE':'yyyy-MM','TIMESTAMP':'yyyy-MM-dd HH:mm'}
ALIGN = {'INTEGER':'Right','DECIMAL':'Right','PERCENT':'Right','TEXT':'Left','DATE':'Center','TIMESTAMP':'Center'}
ds = {d['name']: d for d in spec['datasets']}
pdf_sections = sys.argv[2].split(',')  # order of sections in the PDF
chart = sys.argv[3]  # dataset:datefield:valuefield:label
out = []
w = out.append
w('<?xml version="1.0" encoding="UTF-8"?>\n')
w(f'''<!--
  {spec['title']} ({rid}) PDF layout, JasperReports 7 JRXML, written from report.yaml in the style of
  ops-monthly/layout.jrxml (see there for how PdfRenderer fills it: DS_<name>, ROWS_<name>,
  TITLE_<name>, DS_INDICATORS). Column widths follow the width ratios of report.yaml over the
  515 pt text width. The violations detail is in the XLSX and CSV only: it is for the coders.
-->
''')
w(f'<jasperReport name="{rid}" language="java" pageWidth="595" pageHeight="842" columnWidth="515" leftMargin="40" rightMargin="40" topMargin="36" bottomMargin="30" whenNoDataType="AllSectionsNoDetail" whenResourceMissingType="Error">\n')
w(styles)
for d in spec['datasets']:
    w(f'\t<dataset name="{d["name"]}">\n')
    for c in d['columns']:
        w(f'\t\t<field name="{c["name"]}" class="{CLS[c["type"]]}"/>\n')
    w('\t</dataset>\n')
w('''\t<dataset name="INDICATORS">
\t\t<field name="name" class="java.lang.String"/>
\t\t<field name="numerator" class="java.lang.String"/>
\t\t<field name="denominator" class="java.lang.String"/>
\t\t<field name="unit" class="java.lang.String"/>
\t\t<field name="source" class="java.lang.String"/>
\t</dataset>
''')
for p in ['REPORT_TITLE','REPORT_SUBTITLE','REPORT_DESCRIPTION','STAMP_TEXT']:
    w(f'\t<parameter name="{p}" class="java.lang.String"/>\n')
for d in spec['datasets']:
    n=d['name']
    w(f'\t<parameter name="DS_{n}" class="net.sf.jasperreports.engine.JRDataSource"/>\n\t<parameter name="ROWS_{n}" class="java.lang.Integer"/>\n\t<parameter name="TITLE_{n}" class="java.lang.String"/>\n')
w('\t<parameter name="DS_INDICATORS" class="net.sf.jasperreports.engine.JRDataSource"/>\n\t<parameter name="ROWS_INDICATORS" class="java.lang.Integer"/>\n')
title = src[src.index('\t<title'):src.index('\t<detail>')]
w(title)
w('\t<detail>\n')
NUM = '一二三四五六七八九十'
def empty_band(i, n, label=None):
    t = f'"{label}"' if label else f'$P{{TITLE_{n}}}'
    cond = f'$P{{ROWS_{n}}} == 0'
    w(f'''\t\t<band height="52" splitType="Prevent">
\t\t\t<printWhenExpression><![CDATA[{cond}]]></printWhenExpression>
\t\t\t<element kind="textField" x="0" y="4" width="515" height="22" style="Section">
\t\t\t\t<expression><![CDATA["{NUM[i]}、" + {t}]]></expression>
\t\t\t</element>
\t\t\t<element kind="staticText" x="0" y="30" width="515" height="18" style="Empty">
\t\t\t\t<text><![CDATA[无数据]]></text>
\t\t\t</element>
\t\t</band>
''')
def widths(cols):
    tot = sum(c.get('width',10) for c in cols)
    ws = [int(515 * c.get('width',10) / tot) for c in cols]
    ws[-1] += 515 - sum(ws)
    return ws
def table(i, n, cols, sub=None, label=None, fields=None):
    ws = widths(cols)
    t = f'"{label}"' if label else f'$P{{TITLE_{n}}}'
    w(f'''\t\t<band height="82" splitType="Prevent">
\t\t\t<printWhenExpression><![CDATA[$P{{ROWS_{n}}} > 0]]></printWhenExpression>
\t\t\t<element kind="textField" x="0" y="4" width="515" height="22" style="Section">
\t\t\t\t<expression><![CDATA["{NUM[i]}、" + {t}]]></expression>
\t\t\t</element>
\t\t\t<element kind="component" x="0" y="32" width="515" height="46">
\t\t\t\t<component kind="table">
\t\t\t\t\t<datasetRun subDataset="{n}">
\t\t\t\t\t\t<dataSourceExpression><![CDATA[$P{{DS_{n}}}]]></dataSourceExpression>
\t\t\t\t\t</datasetRun>
''')
    for c, cw in zip(cols, ws):
        lab = c['label'] + (f'（{c["unit"]}）' if c.get('unit') and c['unit'] != '%' else '')
        typ = c.get('type','TEXT')
        pat = PAT.get(typ)
        if typ == 'PERCENT': pat = '0.' + '0' * c.get('scale', 1) + '%'
        patattr = f' pattern="{pat}"' if pat else ''
        w(f'''\t\t\t\t\t<column kind="single" width="{cw}">
\t\t\t\t\t\t<columnHeader height="30">
\t\t\t\t\t\t\t<element kind="staticText" x="0" y="0" width="{cw}" height="30" style="TH">
\t\t\t\t\t\t\t\t<text><![CDATA[{lab}]]></text>
\t\t\t\t\t\t\t</element>
\t\t\t\t\t\t</columnHeader>
\t\t\t\t\t\t<detailCell height="16">
\t\t\t\t\t\t\t<element kind="textField" x="0" y="0" width="{cw}" height="16" style="TD" hTextAlign="{ALIGN[typ]}" stretchType="ContainerHeight" textAdjust="StretchHeight" blankWhenNull="true"{patattr}>
\t\t\t\t\t\t\t\t<expression><![CDATA[$F{{{c["name"]}}}]]></expression>
\t\t\t\t\t\t\t</element>
\t\t\t\t\t\t</detailCell>
\t\t\t\t\t</column>
''')
    w('\t\t\t\t</component>\n\t\t\t</element>\n\t\t</band>\n')
    empty_band(i, n, label)
i = 0
for sec in pdf_sections:
    if sec == 'summary':
        d = ds['summary']; cols = d['columns']
        rows = (len(cols) + 3) // 4
        h = rows * 52
        w(f'''\t\t<band height="{h + 36}" splitType="Prevent">
\t\t\t<printWhenExpression><![CDATA[$P{{ROWS_summary}} > 0]]></printWhenExpression>
\t\t\t<element kind="textField" x="0" y="4" width="515" height="22" style="Section">
\t\t\t\t<expression><![CDATA["{NUM[i]}、" + $P{{TITLE_summary}}]]></expression>
\t\t\t</element>
\t\t\t<element kind="component" x="0" y="32" width="515" height="{h}">
\t\t\t\t<component kind="list" printOrder="Vertical">
\t\t\t\t\t<datasetRun subDataset="summary">
\t\t\t\t\t\t<dataSourceExpression><![CDATA[$P{{DS_summary}}]]></dataSourceExpression>
\t\t\t\t\t</datasetRun>
\t\t\t\t\t<contents width="515" height="{h}">
''')
        for k, c in enumerate(cols):
            x = (k % 4) * 131; y = (k // 4) * 52
            pat = ('0.' + '0' * c.get('scale', 1) + '%') if c['type'] == 'PERCENT' else '#,##0'
            unit = '' if c['type'] == 'PERCENT' else c.get('unit','')
            w(f'''\t\t\t\t\t\t<element kind="frame" x="{x}" y="{y}" width="122" height="48" mode="Opaque" backcolor="#F2F5FA">
\t\t\t\t\t\t\t<box>
\t\t\t\t\t\t\t\t<leftPen lineWidth="3.0" lineColor="#2F5597"/>
\t\t\t\t\t\t\t</box>
\t\t\t\t\t\t\t<element kind="staticText" x="8" y="4" width="110" height="14" style="CardLabel">
\t\t\t\t\t\t\t\t<text><![CDATA[{c['label']}]]></text>
\t\t\t\t\t\t\t</element>
\t\t\t\t\t\t\t<element kind="textField" x="8" y="19" width="78" height="24" style="CardValue" hTextAlign="Right" vTextAlign="Bottom" textAdjust="ScaleFont" pattern="{pat}">
\t\t\t\t\t\t\t\t<expression><![CDATA[$F{{{c['name']}}} == null ? "—" : $F{{{c['name']}}}]]></expression>
\t\t\t\t\t\t\t</element>
\t\t\t\t\t\t\t<element kind="staticText" x="88" y="25" width="30" height="16" style="CardUnit" vTextAlign="Bottom">
\t\t\t\t\t\t\t\t<text><![CDATA[{unit}]]></text>
\t\t\t\t\t\t\t</element>
\t\t\t\t\t\t</element>
''')
        w('\t\t\t\t\t</contents>\n\t\t\t\t</component>\n\t\t\t</element>\n\t\t</band>\n')
        empty_band(i, 'summary')
    elif sec == 'chart':
        n, datef, valf, label, axis = chart.split(':')
        vtype = next(c['type'] for c in ds[n]['columns'] if c['name'] == valf)
        value = (f'$F{{{valf}}} == null ? null : $F{{{valf}}}.multiply(new java.math.BigDecimal(100))'
                 if vtype == 'PERCENT' else f'$F{{{valf}}}')
        w(f'''\t\t<band height="236" splitType="Prevent">
\t\t\t<printWhenExpression><![CDATA[$P{{ROWS_{n}}} > 0]]></printWhenExpression>
\t\t\t<element kind="textField" x="0" y="4" width="515" height="22" style="Section">
\t\t\t\t<expression><![CDATA["{NUM[i]}、" + $P{{TITLE_{n}}}]]></expression>
\t\t\t</element>
\t\t\t<element kind="chart" chartType="timeSeries" x="0" y="32" width="515" height="200" showLegend="false">
\t\t\t\t<dataset kind="timeSeries" timePeriod="Month">
\t\t\t\t\t<datasetRun subDataset="{n}">
\t\t\t\t\t\t<dataSourceExpression><![CDATA[$P{{DS_{n}}}]]></dataSourceExpression>
\t\t\t\t\t</datasetRun>
\t\t\t\t\t<series>
\t\t\t\t\t\t<seriesExpression><![CDATA["{label}"]]></seriesExpression>
\t\t\t\t\t\t<timePeriodExpression><![CDATA[$F{{{datef}}}]]></timePeriodExpression>
\t\t\t\t\t\t<valueExpression><![CDATA[{value}]]></valueExpression>
\t\t\t\t\t</series>
\t\t\t\t</dataset>
\t\t\t\t<plot showShapes="true" showLines="true" timeAxisTickLabelMask="yyyy-MM">
\t\t\t\t\t<seriesColor order="0" color="#2F5597"/>
\t\t\t\t\t<timeAxisLabelExpression><![CDATA["月份"]]></timeAxisLabelExpression>
\t\t\t\t\t<timeAxisLabelFont fontName="Noto Sans SC" fontSize="8.0"/>
\t\t\t\t\t<timeAxisTickLabelFont fontName="Noto Sans SC" fontSize="7.0"/>
\t\t\t\t\t<valueAxisLabelExpression><![CDATA["{axis}"]]></valueAxisLabelExpression>
\t\t\t\t\t<valueAxisLabelFont fontName="Noto Sans SC" fontSize="8.0"/>
\t\t\t\t\t<valueAxisTickLabelFont fontName="Noto Sans SC" fontSize="7.0"/>
\t\t\t\t</plot>
\t\t\t</element>
\t\t</band>
''')
        empty_band(i, n)
    elif sec == 'INDICATORS':
        cols = [dict(name='name',label='指标',width=79),dict(name='numerator',label='分子',width=168),dict(name='denominator',label='分母',width=129),dict(name='unit',label='单位',width=30),dict(name='source',label='数据来源',width=109)]
        table(i, 'INDICATORS', cols, label='指标说明')
    else:
        table(i, sec, ds[sec]['columns'])
    i += 1
w('\t</detail>\n')
w(footer)
sys.stdout.write(''.join(out))
