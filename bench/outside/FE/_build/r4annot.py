import json, pikepdf
from pikepdf import Name, Dictionary, Array, String
P = '/work/blind/FE/homecare_saf_annotated/report.pdf'
marks = json.load(open('/tmp/FE-work/r4marks.json'))
# merge word boxes into line boxes per (page, y, tag)
lines = {}
for pg, x0, y0, x1, y1, tag in marks:
    k = (pg, round(y0, 1), tag)
    if k in lines: lines[k] = [min(lines[k][0], x0), y0, max(lines[k][2], x1), y1]
    else: lines[k] = [x0, y0, x1, y1]
pdf = pikepdf.open(P, allow_overwriting_input=True)
notes = {1: [(420, 150, "RM: we must get the rota software fixed before CQC come back \u2013 agenda item for Monday."),],
         2: [(520, 735, "Check with pharmacy \u2013 should we move Parkinson's calls to fixed times?"),
             (520, 470, "Director: notifications must go through the office, not the carer. JH to draft flowchart.")]}
for (pg, y, tag), (x0, y0, x1, y1) in sorted(lines.items()):
    page = pdf.pages[pg - 1]
    col = [1, 0.92, 0.2] if tag == 'must' else [0.55, 0.9, 0.55]
    qp = [x0, y1, x1, y1, x0, y0, x1, y0]
    a = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Highlight, Rect=Array([x0, y0, x1, y1]),
        QuadPoints=Array(qp), C=Array(col), F=4, T=String('J Hartley (Registered Manager)'),
        Contents=String('Breach \u2013 action plan item' if tag == 'must' else 'Recommendation'), CA=0.45))
    if '/Annots' not in page.obj: page.obj.Annots = Array()
    page.obj.Annots.append(a)
for pg, items in notes.items():
    page = pdf.pages[pg - 1]
    for x, y, txt in items:
        a = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Text, Rect=Array([x, y, x + 18, y + 18]),
            Contents=String(txt), T=String('J Hartley (Registered Manager)'), Name=Name.Comment, C=Array([1, 0.8, 0]), F=4, Open=False))
        if '/Annots' not in page.obj: page.obj.Annots = Array()
        page.obj.Annots.append(a)
pdf.save(P)
print(sum(len(p.obj.get('/Annots', [])) for p in pdf.pages))
