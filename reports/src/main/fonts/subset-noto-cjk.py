# Builds reports/src/main/resources/fonts/NotoSansSC-{Regular,Bold}.otf, the fonts of the
# Jasper font extension "Noto Sans SC" (see resources/fonts/fonts.xml).
#
# Why: PDFs must show Chinese on machines without any Chinese font installed, so the font
# files travel inside the reports jar. Debian ships Noto Sans CJK only as .ttc collections,
# which Jasper refuses; this script takes the Simplified Chinese face out of each collection
# and subsets it to every character GBK can encode (GB2312 + the CJK Unified Ideographs basic
# block, enough for hospital and department names) plus Latin, CJK punctuation, full-width
# forms, arrows, maths symbols and circled numbers. That halves the size (~9 MB per weight).
#
# How it was run (Debian 12):
#   apt-get install fonts-noto-cjk python3-fonttools
#   cd reports/src/main/resources/fonts
#   /usr/bin/python3 ../../fonts/subset-noto-cjk.py
# Inputs: /usr/share/fonts/opentype/noto/NotoSansCJK-{Regular,Bold}.ttc (fonts-noto-cjk).
# Output: NotoSansSC-Regular.otf and NotoSansSC-Bold.otf in the current directory (CFF
# outlines, as in the source). Licence: SIL Open Font License 1.1, see LICENSE-OFL.txt there.
#
# retain_gids matters: the CFF of Noto Sans CJK is CID-keyed, and OpenPDF (the PDF library of
# JasperReports) writes glyph ids as CIDs. A plain subset renumbers the glyphs while the CFF
# charset keeps the original CIDs, so Chinese text extracts fine but draws as blanks. Keeping the
# glyph ids keeps glyph id == CID; unused glyphs stay as empty slots (costs ~0.3 MB per file).
import sys
from fontTools.ttLib import TTCollection
from fontTools import subset
chars=set(range(0x20,0x7f)) | set(range(0xa0,0x100))
# every character GBK can encode (covers GB2312 and the full CJK Unified Ideographs basic block)
for b1 in range(0x81,0xff):
    for b2 in range(0x40,0xff):
        try:
            ch=bytes([b1,b2]).decode('gbk')
            chars.add(ord(ch))
        except UnicodeDecodeError: pass
chars |= set(range(0x3000,0x3040)) | set(range(0xff00,0xfff0)) | set(range(0x2000,0x2070)) | set(range(0x2100,0x2200)) | set(range(0x2460,0x24ff))| set(range(0x2190,0x21ff))|set(range(0x2200,0x22ff))
print(len(chars))
for weight in ['Regular','Bold']:
    c=TTCollection(f'/usr/share/fonts/opentype/noto/NotoSansCJK-{weight}.ttc')
    # the face whose full name is "Noto Sans CJK SC" / "Noto Sans CJK SC Bold"
    f=[f for f in c.fonts if f['name'].getDebugName(4).endswith(' SC '+weight) or f['name'].getDebugName(4)=='Noto Sans CJK SC'+(' Bold' if weight=='Bold' else '')]
    print([x['name'].getDebugName(4) for x in c.fonts])
    font=f[0]
    opts=subset.Options(); opts.layout_features=['*']; opts.name_IDs=['*']; opts.name_languages=['*']; opts.notdef_outline=True; opts.hinting=False; opts.retain_gids=True
    s=subset.Subsetter(opts); s.populate(unicodes=chars); s.subset(font)
    font.save(f'NotoSansSC-{weight}.otf')
