# -*- coding: utf-8 -*-
import sys, json
sys.path.insert(0, "/tmp/FG-work")
from data import *
from body import EOC, EUC, PTS
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, KeepTogether, NextPageTemplate)

F = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LS", F + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", F + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSI", F + "LiberationSans-Italic.ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily("LS", normal="LS", bold="LSB", italic="LSI", boldItalic="LSB")

NAVY = colors.HexColor("#2B2E6E")
st = {
 "body": ParagraphStyle("body", fontName="LS", fontSize=10, leading=13.5, spaceAfter=6),
 "bul": ParagraphStyle("bul", fontName="LS", fontSize=10, leading=13.5, leftIndent=14, bulletIndent=3, spaceAfter=4),
 "h1": ParagraphStyle("h1", fontName="LSB", fontSize=18, leading=22, textColor=NAVY, spaceBefore=4, spaceAfter=10),
 "h2": ParagraphStyle("h2", fontName="LSB", fontSize=13, leading=16, textColor=NAVY, spaceBefore=10, spaceAfter=6),
 "h3": ParagraphStyle("h3", fontName="LSB", fontSize=10.5, leading=13.5, spaceBefore=6, spaceAfter=3),
 "cov1": ParagraphStyle("cov1", fontName="LSB", fontSize=22, leading=27, textColor=NAVY, spaceAfter=6),
 "cov2": ParagraphStyle("cov2", fontName="LSB", fontSize=15, leading=19, spaceAfter=4),
 "cov3": ParagraphStyle("cov3", fontName="LS", fontSize=12, leading=15, spaceAfter=14),
 "small": ParagraphStyle("small", fontName="LS", fontSize=9, leading=12),
 "cell": ParagraphStyle("cell", fontName="LS", fontSize=9.5, leading=12.5),
 "cellb": ParagraphStyle("cellb", fontName="LSB", fontSize=9.5, leading=12.5),
}

def word(n):
    return ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "11", "12", "13", "14", "15"][n]

def build(R, musts, shoulds, chapter_musts, chapter_shoulds, bullet, outdir):
    path = outdir + "/" + R["file"]
    svc = R["service"]
    def on_page(c, doc):
        c.saveState()
        pn = c.getPageNumber()
        if pn > 1:
            c.setFont("LS", 8.5); c.setFillColor(NAVY)
            c.drawString(18*mm, A4[1]-12*mm, svc)
            c.setStrokeColor(NAVY); c.setLineWidth(0.6)
            c.line(18*mm, A4[1]-14*mm, A4[0]-18*mm, A4[1]-14*mm)
        c.setFont("LS", 8); c.setFillColor(colors.black)
        c.drawString(18*mm, 10*mm, "%d  %s Inspection report %s" % (pn, TRUST, PUBSHORT))
        c.restoreState()
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=18*mm, rightMargin=18*mm, topMargin=20*mm,
                          bottomMargin=18*mm, title="%s - %s - Inspection report" % (TRUST, svc),
                          author="Care Quality Commission")
    fr = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[fr], onPage=on_page)])
    S = []
    P = lambda t, s="body": S.append(Paragraph(t, st[s]))
    # ---- cover
    P(TRUST, "cov1"); P(svc, "cov2"); P("Inspection report", "cov3")
    addr = "<br/>".join(ADDRESS) + "<br/>Tel: " + TEL + "<br/>" + WEB
    dates = "Date of inspection visit:<br/>%s<br/><br/>Date of publication:<br/>%s" % (VISIT, PUB)
    t = Table([[Paragraph(addr, st["cell"]), Paragraph(dates, st["cell"])]], colWidths=[90*mm, 84*mm])
    t.setStyle(TableStyle([("VALIGN", (0,0), (-1,-1), "TOP")]))
    S.append(t); S.append(Spacer(1, 10))
    P("We plan our next inspections based on everything we know about services, including whether they appear to be getting better or worse. Each report explains the reason for the inspection.", "small")
    P("This report describes our judgement of the quality of care provided by this service. It is based on a combination of what we found when we inspected, other information known to CQC and information given to us from patients, the public and other organisations. More detail is in the evidence appendix for this trust.", "small")
    S.append(Spacer(1, 10)); P("Ratings", "h2")
    r = R["ratings"]
    rows = [["Overall rating for this service", r["overall"]], ["Are services safe?", r["safe"]],
            ["Are services effective?", r["effective"]], ["Are services caring?", r["caring"]],
            ["Are services responsive?", r["responsive"]], ["Are services well-led?", r["well_led"]]]
    t = Table([[Paragraph(a, st["cellb"] if i == 0 else st["cell"]), Paragraph(b, st["cellb"])] for i, (a, b) in enumerate(rows)],
              colWidths=[100*mm, 60*mm])
    t.setStyle(TableStyle([("LINEBELOW", (0,0), (-1,-1), 0.4, colors.grey), ("BACKGROUND", (0,0), (-1,0), colors.HexColor("#E6E7F2")),
                           ("TOPPADDING", (0,0), (-1,-1), 5), ("BOTTOMPADDING", (0,0), (-1,-1), 5)]))
    S.append(t); S.append(PageBreak())
    # ---- summary
    P("Summary of findings", "h1")
    P("Background to the trust", "h2")
    P("%s provides emergency and urgent care, an emergency operations centre, patient transport services, an NHS 111 service and resilience services across a largely rural region with a population of about 3.1 million people. It employs about 4,900 staff and 420 volunteers." % TRUST)
    P("Overall summary", "h2")
    P(R["trend"])
    for b in R["summary"]:
        S.append(Paragraph(b, st["bul"], bulletText="•"))
    P("How we carried out the inspection", "h2")
    P("We carried out an announced inspection of the %s from %s. We spoke with staff and patients, observed care and reviewed records, policies and performance data. You can find information about how we carry out our inspections on our website: www.cqc.org.uk/what-we-do/how-we-do-our-job/what-we-do-inspection." % (R["short"], VISIT))
    P("Outstanding practice", "h2")
    P("We did not find any outstanding practice in this service.")
    def aif(ms, ss, intro=True):
        P("Areas for improvement", "h2")
        if intro:
            P("We found areas for improvement including %s breaches of legal requirements that the trust must put right. We found %s things that the trust should improve to comply with a minor breach that did not justify regulatory action, to prevent breaching a legal requirement, or to improve service quality." % (word(len(ms)), word(len(ss))))
        P("Action the trust MUST take to improve", "h3")
        if intro:
            P("We told the trust that it must take action to bring services into line with legal requirements. This action related to the %s." % R["short"])
        for k, tx in ms:
            S.append(Paragraph(tx, st["bul"], bulletText=bullet))
        P("Action the trust SHOULD take to improve", "h3")
        for k, tx in ss:
            S.append(Paragraph(tx, st["bul"], bulletText=bullet))
    aif(musts, shoulds)
    P("Action we have taken", "h2")
    P("We issued %s requirement notices to the trust. That meant the trust had to send us a report saying what action it would take to meet these requirements. Our action related to breaches of legal requirements in the %s." % (word(len(R["notices"])), R["short"]))
    S.append(PageBreak())
    # ---- chapter
    P(svc, "h1")
    t = Table([[Paragraph("Rating", st["cellb"]), Paragraph(r["overall"], st["cellb"])]], colWidths=[40*mm, 60*mm], hAlign="LEFT")
    t.setStyle(TableStyle([("BOX", (0,0), (-1,-1), 0.5, NAVY)])); S.append(t)
    P("Key facts and figures", "h2"); P(R["facts"])
    P("Summary of this service", "h2"); P(R["trend"])
    for b in R["summary"]:
        S.append(Paragraph(b, st["bul"], bulletText="•"))
    for q, rating, subs in R["kq"]:
        P(q, "h2"); P("<b>%s</b>" % rating)
        P(R["trend"].split(" We rated")[0].replace("this service", "safe" if "safe" in q else "this key question") if False else "We rated it as %s." % rating.lower())
        for h, tx in subs:
            P(h, "h3"); P(tx)
    P("Outstanding practice", "h2")
    P("We did not find any outstanding practice in this service.")
    aif(chapter_musts, chapter_shoulds, intro=False)
    P("Our inspection team", "h2")
    P("The inspection was led by an inspection manager and included two CQC inspectors and specialist advisers with experience of ambulance services. The team was overseen by the head of hospital inspection.")
    S.append(PageBreak())
    P("Requirement notices", "h1")
    P("Action we have told the provider to take", "h2")
    P("The table below shows the legal requirements that were not being met. The provider must send CQC a report that says what action they are going to take to meet these requirements.")
    ra = "Transport services, triage and medical advice provided remotely<br/>Treatment of disease, disorder or injury"
    rows = [[Paragraph("Regulated activity", st["cellb"]), Paragraph("Regulation", st["cellb"])]]
    for reg, why in R["notices"]:
        rows.append([Paragraph(ra, st["cell"]), Paragraph("<b>%s</b><br/>%s" % (reg, why), st["cell"])])
    t = Table(rows, colWidths=[62*mm, 112*mm])
    t.setStyle(TableStyle([("GRID", (0,0), (-1,-1), 0.4, colors.grey), ("VALIGN", (0,0), (-1,-1), "TOP"),
                           ("BACKGROUND", (0,0), (-1,0), colors.HexColor("#E6E7F2"))]))
    S.append(t)
    doc.build(S)
    return path

if __name__ == "__main__":
    out = "/work/blind/FG"
    build(EOC, EOC_MUST, EOC_SHOULD, EOC_MUST, EOC_SHOULD, "•", out)
    build(EUC, EUC_MUST, EUC_SHOULD, EUC_MUST, EUC_SHOULD, "–", out)
    ch_should = [P10B if k == "p10" else (k, t) for k, t in PTS_SHOULD]
    build(PTS, PTS_MUST, PTS_SHOULD, PTS_MUST, ch_should, "•", out)
    print("built")
