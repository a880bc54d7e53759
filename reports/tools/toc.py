#!/usr/bin/env python3
"""Gives a report layout (layout.jrxml) a table of contents with page numbers. A developer tool;
the edited file is committed.

  cd reports/src/main/resources/reports
  python3 ../../../../tools/toc.py ops-annual/layout.jrxml \
      findings=主要发现 summary=一、全年概况 ... INDICATORS=十、指标说明

Each NAME=LABEL is a section: the first textField of style "Section" in the bands printed when
ROWS_<NAME> > 0 or == 0 gets the anchor "sec-<NAME>" and a level-1 PDF bookmark; the contents band
(the band whose text starts with "目录", or a new first detail band) lists the sections in two
columns, each a link to its anchor with its page number, read from the parameter SECTION_PAGES
that PdfRenderer fills from the anchors of a first pass (see PdfRenderer). Running the tool again
on an edited file replaces the contents band and leaves existing anchors as they are.
"""
import re, sys

def cdata(s): return "<![CDATA[" + s + "]]>"

def anchor_sections(xml, names):
    for name in names:
        for cond in ("> 0", "== 0"):
            when = "<printWhenExpression><![CDATA[$P{ROWS_%s} %s]]></printWhenExpression>" % (name, cond)
            start = xml.find(when)
            if start < 0:
                continue
            m = re.compile(r'<element kind="textField"([^>]*)style="Section"([^>]*)>\s*<expression>(.*?)</expression>', re.S).search(xml, start)
            if not m or "anchorNameExpression" in xml[m.end():m.end() + 200]:
                continue
            attrs = m.group(1) + 'style="Section"' + m.group(2)
            new = (f'<element kind="textField"{attrs} bookmarkLevel="1">\n\t\t\t\t<expression>{m.group(3)}</expression>'
                   f'\n\t\t\t\t<anchorNameExpression>{cdata(chr(34) + "sec-" + name + chr(34))}</anchorNameExpression>')
            xml = xml[:m.start()] + new + xml[m.end():]
    return xml

def toc_band(entries, width):
    rows = (len(entries) + 1) // 2
    col = (width - 20) // 2
    row_h = 16
    height = 22 + rows * row_h + 6
    out = [f'\t\t<band height="{height}" splitType="Prevent">',
           f'\t\t\t<element kind="staticText" x="0" y="2" width="{width}" height="18" style="Contents">',
           f'\t\t\t\t<text>{cdata("目录（各节无数据时注明原因；点击可跳转）")}</text>',
           '\t\t\t</element>']
    for i, (name, label) in enumerate(entries):
        x = 0 if i < rows else col + 20
        y = 22 + (i % rows) * row_h
        page = '$P{SECTION_PAGES}.containsKey("sec-%s") ? "第 " + $P{SECTION_PAGES}.get("sec-%s") + " 页" : ""' % (name, name)
        out.append(f'\t\t\t<element kind="textField" x="{x}" y="{y}" width="{col - 50}" height="{row_h}" style="TocEntry" hyperlinkType="LocalAnchor">')
        out.append(f'\t\t\t\t<expression>{cdata(chr(34) + label + chr(34))}</expression>')
        out.append(f'\t\t\t\t<hyperlinkAnchorExpression>{cdata(chr(34) + "sec-" + name + chr(34))}</hyperlinkAnchorExpression>')
        out.append('\t\t\t\t<box><bottomPen lineWidth="0.5" lineStyle="Dotted" lineColor="#A6A6A6"/></box>')
        out.append('\t\t\t</element>')
        out.append(f'\t\t\t<element kind="textField" x="{x + col - 50}" y="{y}" width="50" height="{row_h}" style="TocEntry" hTextAlign="Right" hyperlinkType="LocalAnchor">')
        out.append(f'\t\t\t\t<expression>{cdata(page)}</expression>')
        out.append(f'\t\t\t\t<hyperlinkAnchorExpression>{cdata(chr(34) + "sec-" + name + chr(34))}</hyperlinkAnchorExpression>')
        out.append('\t\t\t\t<box><bottomPen lineWidth="0.5" lineStyle="Dotted" lineColor="#A6A6A6"/></box>')
        out.append('\t\t\t</element>')
    out.append('\t\t</band>')
    return "\n".join(out)

def apply(xml, entries):
    """The layout text with a contents band for entries [(name, label)] and anchors."""
    width = int(re.search(r'columnWidth="(\d+)"', xml).group(1))
    if '<style name="Contents"' not in xml:
        style = ('\t<style name="Contents" mode="Opaque" backcolor="#F2F5FA" fontName="Noto Sans SC" fontSize="8.0" forecolor="#404040" vTextAlign="Middle">\n'
                 '\t\t<box topPadding="3" leftPadding="6" bottomPadding="3" rightPadding="6"/>\n\t</style>\n')
        i = xml.index('\t<style name="')
        xml = xml[:i] + style + xml[i:]
    if '<style name="TocEntry"' not in xml:
        style = ('\t<style name="TocEntry" fontName="Noto Sans SC" fontSize="8.5" forecolor="#1F3864" vTextAlign="Middle">\n'
                 '\t\t<box leftPadding="4" rightPadding="4"/>\n\t</style>\n')
        i = xml.index('\t<style name="')
        xml = xml[:i] + style + xml[i:]
    if '<parameter name="SECTION_PAGES"' not in xml:
        xml = xml.replace('\t<parameter name="REPORT_TITLE"', '\t<parameter name="SECTION_PAGES" class="java.util.Map"/>\n\t<parameter name="REPORT_TITLE"', 1)
    xml = anchor_sections(xml, [n for n, _ in entries])
    band = toc_band(entries, width)
    old = re.compile(r'\t\t<band height="\d+" splitType="Prevent">\s*<element kind="(?:textField|staticText)"[^>]*style="Contents"[^>]*>\s*<(?:expression|text)><!\[CDATA\["?目录.*?</band>', re.S)
    if old.search(xml):
        xml = old.sub(lambda m: band, xml, count=1)
    else:
        xml = xml.replace("\t<detail>\n", "\t<detail>\n" + band + "\n", 1)
    return xml

def main():
    path = sys.argv[1]
    entries = [tuple(a.split("=", 1)) for a in sys.argv[2:]]
    xml = open(path, encoding="utf-8").read()
    open(path, "w", encoding="utf-8").write(apply(xml, entries))

if __name__ == "__main__":
    main()
