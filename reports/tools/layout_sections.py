#!/usr/bin/env python3
"""Writes a report's PDF layout (layout.jrxml) from its report.yaml and a layout plan
(reports/tools/plans/<id>.yaml): summary cards with an optional sentence, tables, category bar
charts read from a table's dataset, and for every section the sentence printed when it has no
rows. A developer tool (needs PyYAML); the generated file is committed.

  cd reports/src/main/resources/reports
  python3 ../../../../tools/layout_sections.py ops-daily/report.yaml \
      ../../../../tools/plans/ops-daily.yaml > ops-daily/layout.jrxml
"""
import sys, yaml, html

NUM = "一二三四五六七八九十"
CLS = {"INTEGER": "java.lang.Long", "DECIMAL": "java.math.BigDecimal", "PERCENT": "java.math.BigDecimal",
       "TEXT": "java.lang.String", "DATE": "java.util.Date", "TIMESTAMP": "java.util.Date"}

def cdata(s): return "<![CDATA[" + s + "]]>"

def widths(cols, total):
    ws = [c.get("width", 10) for c in cols]
    s = sum(ws)
    out = [int(total * w / s) for w in ws]
    out[-1] += total - sum(out)
    return out

def fmt(c):
    t = c["type"]
    if t == "INTEGER": return "Right", ' pattern="#,##0"' if c["name"] not in ("severity", "cycle") else ' pattern="0"'
    if t == "DECIMAL": return "Right", ' pattern="#,##0.' + "0" * c.get("scale", 0) + '"' if c.get("scale", 0) else ' pattern="#,##0"'
    if t == "PERCENT": return "Right", ' pattern="0.' + "0" * c.get("scale", 1) + '%"'
    if t == "DATE": return "Center", ' pattern="yyyy-MM-dd"'
    if t == "TIMESTAMP": return "Center", ' pattern="yyyy-MM-dd HH:mm"'
    return "Left", ""

def header(c):
    u = c.get("unit")
    return c["label"] + ("（" + u + "）" if u and u not in ("—",) else "")

def table(ds, width, num):
    cols = ds["columns"]; ws = widths(cols, width)
    out = []
    out.append(f'''\t\t<band height="82" splitType="Stretch">
\t\t\t<printWhenExpression>{cdata("$P{ROWS_%s} > 0" % ds["name"])}</printWhenExpression>
\t\t\t<element kind="textField" x="0" y="4" width="{width}" height="22" style="Section">
\t\t\t\t<expression>{cdata('"%s、" + $P{TITLE_%s} + "（共 " + $P{ROWS_%s} + " 行）"' % (num, ds["name"], ds["name"]))}</expression>
\t\t\t</element>
\t\t\t<element kind="component" x="0" y="32" width="{width}" height="46">
\t\t\t\t<component kind="table">
\t\t\t\t\t<datasetRun subDataset="{ds["name"]}">
\t\t\t\t\t\t<dataSourceExpression>{cdata("$P{DS_%s}" % ds["name"])}</dataSourceExpression>
\t\t\t\t\t</datasetRun>''')
    for c, w in zip(cols, ws):
        align, pattern = fmt(c)
        out.append(f'''\t\t\t\t\t<column kind="single" width="{w}">
\t\t\t\t\t\t<columnHeader height="30">
\t\t\t\t\t\t\t<element kind="staticText" x="0" y="0" width="{w}" height="30" style="TH">
\t\t\t\t\t\t\t\t<text>{cdata(header(c))}</text>
\t\t\t\t\t\t\t</element>
\t\t\t\t\t\t</columnHeader>
\t\t\t\t\t\t<detailCell height="16">
\t\t\t\t\t\t\t<element kind="textField" x="0" y="0" width="{w}" height="16" style="TD" hTextAlign="{align}" stretchType="ContainerHeight" textAdjust="StretchHeight" blankWhenNull="true"{pattern}>
\t\t\t\t\t\t\t\t<expression>{cdata("$F{%s}" % c["name"])}</expression>
\t\t\t\t\t\t\t</element>
\t\t\t\t\t\t</detailCell>
\t\t\t\t\t</column>''')
    out.append('''\t\t\t\t</component>
\t\t\t</element>
\t\t</band>''')
    return "\n".join(out)

def sentence_expr(sentence):
    # {CHOICE_x} in a sentence is the label of the CHOICE option x the report was made with
    import re
    return '"' + re.sub(r"\{(CHOICE_[a-z0-9_]+)\}", r'" + $P{\1} + "', sentence) + '"'

def empty(name, title_expr, sentence, width, num):
    return f'''\t\t<band height="52" splitType="Prevent">
\t\t\t<printWhenExpression>{cdata("$P{ROWS_%s} == 0" % name)}</printWhenExpression>
\t\t\t<element kind="textField" x="0" y="4" width="{width}" height="22" style="Section">
\t\t\t\t<expression>{cdata('"%s、" + %s' % (num, title_expr))}</expression>
\t\t\t</element>
\t\t\t<element kind="textField" x="0" y="30" width="{width}" height="18" style="Empty" textAdjust="StretchHeight">
\t\t\t\t<expression>{cdata(sentence_expr(sentence))}</expression>
\t\t\t</element>
\t\t</band>'''

def cards(ds, width, num, cards_cols):
    cols = {c["name"]: c for c in ds["columns"]}
    per_row = 6 if width > 600 else 4; gap = 9; cw = (width - gap * (per_row - 1)) // per_row
    rows = (len(cards_cols) + per_row - 1) // per_row
    h = rows * 56 - 8
    out = [f'''\t\t<band height="{h + 36}" splitType="Prevent">
\t\t\t<printWhenExpression>{cdata("$P{ROWS_%s} > 0" % ds["name"])}</printWhenExpression>
\t\t\t<element kind="textField" x="0" y="4" width="{width}" height="22" style="Section">
\t\t\t\t<expression>{cdata('"%s、" + $P{TITLE_%s}' % (num, ds["name"]))}</expression>
\t\t\t</element>
\t\t\t<element kind="component" x="0" y="32" width="{width}" height="{h}">
\t\t\t\t<component kind="list" printOrder="Vertical">
\t\t\t\t\t<datasetRun subDataset="{ds["name"]}">
\t\t\t\t\t\t<dataSourceExpression>{cdata("$P{DS_%s}" % ds["name"])}</dataSourceExpression>
\t\t\t\t\t</datasetRun>
\t\t\t\t\t<contents width="{width}" height="{h}">''']
    for i, name in enumerate(cards_cols):
        c = cols[name]; x = (i % per_row) * (cw + gap); y = (i // per_row) * 56
        _, pattern = fmt(c)
        unit = c.get("unit", "")
        out.append(f'''\t\t\t\t\t\t<element kind="frame" x="{x}" y="{y}" width="{cw}" height="48" mode="Opaque" backcolor="#F2F5FA">
\t\t\t\t\t\t\t<box>
\t\t\t\t\t\t\t\t<leftPen lineWidth="3.0" lineColor="#2F5597"/>
\t\t\t\t\t\t\t</box>
\t\t\t\t\t\t\t<element kind="staticText" x="8" y="4" width="{cw - 12}" height="14" style="CardLabel">
\t\t\t\t\t\t\t\t<text>{cdata(c["label"])}</text>
\t\t\t\t\t\t\t</element>
\t\t\t\t\t\t\t<element kind="textField" x="8" y="19" width="{cw - 44}" height="24" style="CardValue" hTextAlign="Right" vTextAlign="Bottom" textAdjust="ScaleFont"{pattern}>
\t\t\t\t\t\t\t\t<expression>{cdata('$F{%s} == null ? "—" : $F{%s}' % (name, name))}</expression>
\t\t\t\t\t\t\t</element>
\t\t\t\t\t\t\t<element kind="staticText" x="{cw - 34}" y="25" width="30" height="16" style="CardUnit" vTextAlign="Bottom">
\t\t\t\t\t\t\t\t<text>{cdata(unit)}</text>
\t\t\t\t\t\t\t</element>
\t\t\t\t\t\t</element>''')
    out.append('''\t\t\t\t\t</contents>
\t\t\t\t</component>
\t\t\t</element>
\t\t</band>''')
    return "\n".join(out)

def note_band(ds, width, expr):
    """A full-width sentence from the dataset's first row (list component)."""
    return f'''\t\t<band height="24" splitType="Prevent">
\t\t\t<printWhenExpression>{cdata("$P{ROWS_%s} > 0" % ds)}</printWhenExpression>
\t\t\t<element kind="component" x="0" y="2" width="{width}" height="20">
\t\t\t\t<component kind="list" printOrder="Vertical">
\t\t\t\t\t<datasetRun subDataset="{ds}">
\t\t\t\t\t\t<dataSourceExpression>{cdata("((net.sf.jasperreports.engine.data.JRMapCollectionDataSource) $P{DS_%s}).cloneDataSource()" % ds)}</dataSourceExpression>
\t\t\t\t\t</datasetRun>
\t\t\t\t\t<contents width="{width}" height="20">
\t\t\t\t\t\t<element kind="textField" x="0" y="0" width="{width}" height="20" style="Note" textAdjust="StretchHeight">
\t\t\t\t\t\t\t<expression>{cdata(expr)}</expression>
\t\t\t\t\t\t</element>
\t\t\t\t\t</contents>
\t\t\t\t</component>
\t\t\t</element>
\t\t</band>'''

def bar_chart(ds, width, num_title, series, category, horizontal=False, height=200, axis_label="", integer=True):
    ser = []
    for label, value in series:
        ser.append(f'''\t\t\t\t\t<series>
\t\t\t\t\t\t<seriesExpression>{cdata('"%s"' % label)}</seriesExpression>
\t\t\t\t\t\t<categoryExpression>{cdata(category)}</categoryExpression>
\t\t\t\t\t\t<valueExpression>{cdata(value)}</valueExpression>
\t\t\t\t\t\t<labelExpression>{cdata('String.valueOf(%s)' % value)}</labelExpression>
\t\t\t\t\t</series>''')
    colors = ["#2F5597", "#ED7D31", "#A5A5A5", "#70AD47"]
    sc = "\n".join(f'\t\t\t\t\t<seriesColor order="{i}" color="{colors[i]}"/>' for i in range(len(series)))
    cust = ' customizerClass="org.baobiao.reports.render.internal.IntegerAxisCustomizer"' if integer else ""
    orient = ' orientation="Horizontal"' if horizontal else ""
    return f'''\t\t<band height="{height + 26}" splitType="Prevent">
\t\t\t<printWhenExpression>{cdata("$P{ROWS_%s} > 0" % ds)}</printWhenExpression>
\t\t\t<element kind="textField" x="0" y="4" width="{width}" height="16" style="Subsection">
\t\t\t\t<expression>{cdata('"%s"' % num_title)}</expression>
\t\t\t</element>
\t\t\t<element kind="chart" chartType="bar" x="0" y="22" width="{width}" height="{height}" showLegend="true" legendPosition="Bottom"{cust}>
\t\t\t\t<legendFont fontName="Noto Sans SC" fontSize="8.0"/>
\t\t\t\t<dataset kind="category">
\t\t\t\t\t<datasetRun subDataset="{ds}">
\t\t\t\t\t\t<dataSourceExpression>{cdata("((net.sf.jasperreports.engine.data.JRMapCollectionDataSource) $P{DS_%s}).cloneDataSource()" % ds)}</dataSourceExpression>
\t\t\t\t\t</datasetRun>
{chr(10).join(ser)}
\t\t\t\t</dataset>
\t\t\t\t<plot{orient} showLabels="true">
{sc}
\t\t\t\t\t<categoryAxisTickLabelFont fontName="Noto Sans SC" fontSize="8.0"/>
\t\t\t\t\t<valueAxisLabelExpression>{cdata('"%s"' % axis_label)}</valueAxisLabelExpression>
\t\t\t\t\t<valueAxisLabelFont fontName="Noto Sans SC" fontSize="8.0"/>
\t\t\t\t\t<valueAxisTickLabelFont fontName="Noto Sans SC" fontSize="7.0"/>
\t\t\t\t\t<itemLabel>
\t\t\t\t\t\t<font fontName="Noto Sans SC" fontSize="7.0"/>
\t\t\t\t\t</itemLabel>
\t\t\t\t</plot>
\t\t\t</element>
\t\t</band>'''

def indicators(width, num):
    ind = {"name": "INDICATORS", "columns": [
        {"name": "name", "label": "指标", "type": "TEXT", "width": 12},
        {"name": "numerator", "label": "分子", "type": "TEXT", "width": 26},
        {"name": "denominator", "label": "分母", "type": "TEXT", "width": 20},
        {"name": "unit", "label": "单位", "type": "TEXT", "width": 5},
        {"name": "source", "label": "数据来源", "type": "TEXT", "width": 17}]}
    t = table(ind, width, num).replace('$P{TITLE_INDICATORS} + "（共 " + $P{ROWS_INDICATORS} + " 行）"', '"指标说明"')
    return t

def build(spec_path, plan):
    spec = yaml.safe_load(open(spec_path))
    landscape = plan.get("landscape", False)
    pw, ph, width = (842, 595, 762) if landscape else (595, 842, 515)
    dsets = {d["name"]: d for d in spec["datasets"]}
    out = [f'''<?xml version="1.0" encoding="UTF-8"?>
<!--
  {spec["title"]} ({spec["id"]}) PDF layout, JasperReports 7 JRXML.
  Filled by org.baobiao.reports.render.PdfRenderer with a one-row empty data source; every
  dataset of report.yaml arrives as parameter DS_<name>, its row count as ROWS_<name> and its
  title as TITLE_<name>; DS_INDICATORS holds the indicator definitions. Charts read a fresh copy
  of a dataset (cloneDataSource) because a table or list has read the original to its end.
  Each section is a pair of bands, printed when ROWS_<name> > 0 or == 0; the empty one says in a
  sentence why there is nothing to show. Column widths follow the width ratios of report.yaml.
  All text uses the bundled font family "Noto Sans SC"; shared styles are in reports/styles.jrtx.
-->
<jasperReport name="{spec["id"]}" language="java" pageWidth="{pw}" pageHeight="{ph}"{' orientation="Landscape"' if landscape else ''} columnWidth="{width}" leftMargin="40" rightMargin="40" topMargin="36" bottomMargin="30" whenNoDataType="AllSectionsNoDetail" whenResourceMissingType="Error">
\t<property name="net.sf.jasperreports.awt.ignore.missing.font" value="false"/>
\t<property name="net.sf.jasperreports.text.save.line.breaks" value="true"/>
\t<property name="net.sf.jasperreports.export.pdf.force.linebreak.policy" value="true"/>
\t<template>{cdata('"reports/styles.jrtx"')}</template>
\t<style name="Subsection" fontName="Noto Sans SC" fontSize="9.0" bold="true" forecolor="#1F3864" vTextAlign="Middle"/>
\t<style name="TD" style="Cell">
\t\t<conditionalStyle mode="Opaque" backcolor="#F2F5FA">
\t\t\t<conditionExpression>{cdata("$V{REPORT_COUNT} % 2 == 0")}</conditionExpression>
\t\t</conditionalStyle>
\t</style>''']
    for d in spec["datasets"]:
        out.append(f'\t<dataset name="{d["name"]}">')
        for c in d["columns"]:
            out.append(f'\t\t<field name="{c["name"]}" class="{CLS[c["type"]]}"/>')
        out.append('\t</dataset>')
    out.append('''\t<dataset name="INDICATORS">
\t\t<field name="name" class="java.lang.String"/>
\t\t<field name="numerator" class="java.lang.String"/>
\t\t<field name="denominator" class="java.lang.String"/>
\t\t<field name="unit" class="java.lang.String"/>
\t\t<field name="source" class="java.lang.String"/>
\t</dataset>''')
    for p in ["REPORT_TITLE", "REPORT_SUBTITLE", "REPORT_DESCRIPTION", "STAMP_TEXT"]:
        out.append(f'\t<parameter name="{p}" class="java.lang.String"/>')
    for d in spec["datasets"]:
        n = d["name"]
        out.append(f'\t<parameter name="DS_{n}" class="net.sf.jasperreports.engine.JRDataSource"/>')
        out.append(f'\t<parameter name="ROWS_{n}" class="java.lang.Integer"/>')
        out.append(f'\t<parameter name="TITLE_{n}" class="java.lang.String"/>')
    out.append('\t<parameter name="DS_INDICATORS" class="net.sf.jasperreports.engine.JRDataSource"/>')
    out.append('\t<parameter name="ROWS_INDICATORS" class="java.lang.Integer"/>')
    for p in spec.get("parameters", []):
        if p.get("type") == "CHOICE":
            out.append(f'\t<parameter name="CHOICE_{p["name"]}" class="java.lang.String"/>')
    out.append(f'''\t<title height="78" splitType="Prevent">
\t\t<element kind="textField" x="0" y="0" width="{width}" height="30" style="Title" textAdjust="ScaleFont">
\t\t\t<expression>{cdata("$P{REPORT_TITLE}")}</expression>
\t\t</element>
\t\t<element kind="textField" x="0" y="32" width="{width}" height="18" style="Subtitle" textAdjust="ScaleFont">
\t\t\t<expression>{cdata("$P{REPORT_SUBTITLE}")}</expression>
\t\t</element>
\t\t<element kind="line" x="0" y="54" width="{width}" height="0" forecolor="#2F5597">
\t\t\t<pen lineWidth="1.5"/>
\t\t</element>
\t\t<element kind="textField" x="0" y="58" width="{width}" height="14" style="Note" textAdjust="StretchHeight" blankWhenNull="true" removeLineWhenBlank="true">
\t\t\t<expression>{cdata("$P{REPORT_DESCRIPTION}")}</expression>
\t\t</element>
\t</title>
\t<pageHeader height="22">
\t\t<printWhenExpression>{cdata("$V{PAGE_NUMBER} > 1")}</printWhenExpression>
\t\t<element kind="textField" x="0" y="0" width="{width // 2}" height="14" style="Note" bold="true" textAdjust="ScaleFont">
\t\t\t<expression>{cdata("$P{REPORT_TITLE}")}</expression>
\t\t</element>
\t\t<element kind="textField" x="{width // 2}" y="0" width="{width - width // 2}" height="14" style="Note" hTextAlign="Right" textAdjust="ScaleFont">
\t\t\t<expression>{cdata("$P{REPORT_SUBTITLE}")}</expression>
\t\t</element>
\t\t<element kind="line" x="0" y="16" width="{width}" height="0" forecolor="#BFBFBF">
\t\t\t<pen lineWidth="0.5"/>
\t\t</element>
\t</pageHeader>
\t<detail>''')
    i = 0
    for sec in plan["sections"]:
        kind = sec["kind"]
        if kind == "cards":
            d = dsets[sec["dataset"]]; num = NUM[i]; i += 1
            out.append(cards(d, width, num, sec["cards"]))
            if "note" in sec:
                out.append(note_band(d["name"], width, sec["note"]))
            out.append(empty(d["name"], "$P{TITLE_%s}" % d["name"], sec["empty"], width, num))
        elif kind == "table":
            d = dsets[sec["dataset"]]; num = NUM[i]; i += 1
            if "chart" in sec:
                ch = sec["chart"]
                out.append(table(d, width, num).replace('<band height="82" splitType="Stretch">', '<band height="82" splitType="Stretch">', 1))
                out.append(bar_chart(d["name"], width, ch["title"], ch["series"], ch["category"], ch.get("horizontal", False), ch.get("height", 200), ch.get("axis", ""), ch.get("integer", True)))
            else:
                out.append(table(d, width, num))
            out.append(empty(d["name"], "$P{TITLE_%s}" % d["name"], sec["empty"], width, num))
    num = NUM[i]
    out.append(indicators(width, num))
    out.append(empty("INDICATORS", '"指标说明"', "本报表未定义指标。", width, num))
    out.append(f'''\t</detail>
\t<pageFooter height="32">
\t\t<element kind="line" x="0" y="2" width="{width}" height="0" forecolor="#BFBFBF">
\t\t\t<pen lineWidth="0.5"/>
\t\t</element>
\t\t<element kind="textField" x="0" y="5" width="{width}" height="12" fontSize="6.5" forecolor="#7F7F7F" textAdjust="ScaleFont">
\t\t\t<expression>{cdata("$P{STAMP_TEXT}")}</expression>
\t\t</element>
\t\t<element kind="textField" x="0" y="18" width="{width // 2}" height="12" fontSize="7.5" forecolor="#595959" hTextAlign="Right">
\t\t\t<expression>{cdata('"第 " + $V{PAGE_NUMBER} + " 页 / 共"')}</expression>
\t\t</element>
\t\t<element kind="textField" x="{width // 2}" y="18" width="{width - width // 2}" height="12" fontSize="7.5" forecolor="#595959" evaluationTime="Report">
\t\t\t<expression>{cdata('" " + $V{PAGE_NUMBER} + " 页"')}</expression>
\t\t</element>
\t</pageFooter>
</jasperReport>
''')
    return "\n".join(out)

if __name__ == "__main__":
    plan = yaml.safe_load(open(sys.argv[2]))
    xml = build(sys.argv[1], plan)
    if plan.get("contents"):
        # a contents list with page numbers (toc.py): entries {dataset: label}
        import os
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        import toc
        xml = toc.apply(xml, list(plan["contents"].items()))
    sys.stdout.write(xml)
