# -*- coding: utf-8 -*-
import html, sys
from data import *
from narr import NARR
from weasyprint import HTML

E = html.escape
NUMW = {1:"one",2:"two",3:"three",4:"four",5:"five",6:"six",7:"seven",8:"eight",9:"nine",10:"10",11:"11",12:"12"}

CSS = """
@page { size: A4; margin: 22mm 20mm 24mm 20mm;
  @top-left { content: string(runhead); font: 9pt 'Liberation Sans'; color: #555; }
  @bottom-left { content: counter(page) "  " "%(TRUST)s Inspection report %(PUBNUM)s"; font: 8.5pt 'Liberation Sans'; color: #555; }
}
@page cover { @top-left { content: none; } }
body { font-family: 'Liberation Sans', sans-serif; font-size: 10.5pt; line-height: 1.38; color: #1a1a1a; }
.cover { page: cover; }
.cover .trust { font-size: 22pt; font-weight: bold; color: #3d2a6b; margin-top: 6mm; }
.cover .loc { font-size: 15pt; margin-top: 2mm; }
.cover .title { font-size: 28pt; color: #3d2a6b; margin: 8mm 0 6mm 0; }
.cover .addr { font-size: 10pt; line-height: 1.3; float: left; width: 48%%; }
.cover .dates { font-size: 10pt; float: right; width: 48%%; }
.cover .blurb { clear: both; padding-top: 8mm; font-size: 9.5pt; }
table.rat { border-collapse: collapse; width: 100%%; margin-top: 6mm; }
table.rat td { border-bottom: 1px solid #bbb; padding: 2.2mm 2mm; font-size: 10.5pt; }
table.rat td.r { font-weight: bold; text-align: right; width: 40%%; }
table.rat tr.ov td { font-size: 12.5pt; background: #ece8f3; }
h1 { font-size: 20pt; color: #3d2a6b; font-weight: normal; margin: 0 0 4mm 0; break-before: page; }
h2 { font-size: 14pt; color: #3d2a6b; margin: 6mm 0 2mm 0; break-after: avoid; }
h3 { font-size: 11.5pt; margin: 4mm 0 1mm 0; break-after: avoid; }
h2.kq { border-top: 2px solid #3d2a6b; padding-top: 2mm; }
.ratingline { font-weight: bold; color: #3d2a6b; margin: 0 0 2mm 0; }
h1, h2.rnh { string-set: runhead content(); }
ul { margin: 1mm 0 2mm 0; padding-left: 6mm; }
li { margin-bottom: 1.6mm; }
p { margin: 0 0 2.2mm 0; }
table.rn { border-collapse: collapse; width: 100%%; margin-top: 3mm; }
table.rn td, table.rn th { border: 1px solid #888; padding: 2mm; vertical-align: top; font-size: 9.5pt; text-align: left; }
table.rn th { background: #ece8f3; }
.keyfacts { background: #f3f1f7; padding: 3mm 4mm; margin-bottom: 3mm; }
""" % dict(TRUST=TRUST, PUBNUM=PUBNUM)

import re
def cite(t):
    t = E(t)
    return re.sub(r'(\(Regulation [^ ]+\))$', r"<span style='white-space:nowrap'>\1</span>", t)
def bullets(items):
    return "<ul>" + "".join("<li>%s</li>" % cite(t) for t in items) + "</ul>"

def build(R, out):
    N = NARR[R["file"]]
    svc = R["service"]
    bykey = {k: t for (k, g, t) in R["musts"] + R["shoulds"]}
    def rep(lst):
        out = []
        for x in lst:
            out.append(bykey[x] if isinstance(x, str) else x[2])
        return out
    rt = R["ratings"]
    h = ["<html><head><meta charset='utf-8'><style>%s</style></head><body>" % CSS]
    # cover
    h.append("<div class='cover'>")
    h.append("<div class='trust'>%s</div><div class='loc'>%s</div>" % (E(TRUST), E(LOC)))
    h.append("<div class='title'>Inspection report</div>")
    h.append("<div class='addr'>%s<br>Tel: %s<br>Website: %s</div>" % ("<br>".join(ADDR), TEL, WEB))
    h.append("<div class='dates'>Date of inspection visit:<br><b>%s</b><br><br>Date of publication:<br><b>%s</b></div>" % (VISIT, PUB))
    h.append("<div class='blurb'><p>This report describes our judgement of the quality of care provided by this core service at this location. It is based on a combination of what we found when we inspected, information from our ‘Insight’ monitoring of the trust, and information given to us from patients, the public and other organisations.</p>"
             "<p>We inspected this core service as part of our continual checks on the safety and quality of healthcare services. The core service we inspected is <b>%s</b>.</p></div>" % E(svc))
    h.append("<table class='rat'><tr class='ov'><td>Overall rating for this service</td><td class='r'>%s</td></tr>" % rt["overall"])
    for k, lab in [("safe","safe"),("effective","effective"),("caring","caring"),("responsive","responsive"),("well_led","well-led")]:
        h.append("<tr><td>Are services %s?</td><td class='r'>%s</td></tr>" % (lab, rt[k]))
    h.append("</table></div>")
    # summary
    h.append("<h1>Summary of findings</h1>")
    h.append("<h2>Overall summary</h2>")
    h.append("<p>%s is one of two acute hospitals run by %s. We carried out an unannounced focused inspection of %s at the hospital because our monitoring of information about the service showed that the quality of care may have declined.</p>" % (LOC, TRUST, E(R["short"])))
    h.append("<p>Our rating of this service %s. We rated it as %s because:</p>" % (R["trend"], rt["overall"].lower()))
    h.append(bullets(N["summary"]))
    h.append("<h2>How we carried out the inspection</h2><p>%s</p>" % E(N["did"]))
    h.append("<p>You can find further information about how we carry out our inspections on our website: www.cqc.org.uk/what-we-do/how-we-do-our-job/what-we-do-inspection.</p>")
    h.append("<h2>Outstanding practice</h2>" + bullets(N["outstanding"]))
    nm, ns = len(R["musts"]), len(R["shoulds"])
    h.append("<h2>Areas for improvement</h2>")
    h.append("<p>We found areas for improvement including %s breaches of legal requirements that the trust must put right. We found %s things that the trust should improve to comply with a minor breach that did not justify regulatory action, to avoid breaching a legal requirement in future, or to improve service quality.</p>" % (NUMW[nm], NUMW[ns]))
    h.append("<p>For more information, see the Areas for improvement section of this report.</p>")
    h.append("<h3>Action the trust MUST take to improve</h3>")
    h.append("<p>We told the trust that it must take action to bring services into line with %s legal requirements. This action related to %s.</p>" % (NUMW[nm], E(R["short"])))
    h.append("<p><b>%s</b></p>" % E(svc))
    h.append(bullets([t for (_, _, t) in R["musts"]]))
    h.append("<h3>Action the trust SHOULD take to improve</h3>")
    h.append("<p><b>%s</b></p>" % E(svc))
    h.append(bullets([t for (_, _, t) in R["shoulds"]]))
    h.append("<h2>Action we have taken</h2><p>We issued requirement notices to the trust. That meant the trust had to send us a report saying what action it would take to meet these requirements. Our action related to breaches of legal requirements in %s.</p>" % E(R["short"]))
    h.append("<h2>What happens next</h2><p>We will check that the trust takes the necessary action to improve its services. We will continue to monitor the safety and quality of services through our continuing relationship with the trust and our regular inspections.</p>")
    # chapter
    h.append("<h1>%s</h1>" % (E(svc),))
    h.append("<p class='ratingline'>Rating: %s</p>" % rt["overall"])
    h.append("<h2>Key facts and figures</h2><div class='keyfacts'><p>%s</p></div>" % E(N["about"]))
    h.append("<h2>Summary of this service</h2><p>Our rating of this service %s. We rated it as %s because of the findings set out in the summary above and in the sections below.</p>" % (R["trend"], rt["overall"].lower()))
    for kq, rating, subs in N["kq"]:
        h.append("<h2 class='kq'>Is the service %s?</h2><p class='ratingline'>%s</p>" % (kq, rating))
        for sh, para in subs:
            h.append("<h3>%s</h3><p>%s</p>" % (E(sh), E(para)))
    h.append("<h2 class='kq'>Outstanding practice</h2>" + bullets(N["outstanding"]))
    h.append("<h2>Areas for improvement</h2>")
    h.append("<h3>Action the trust MUST take to improve</h3>")
    h.append(bullets(rep(R["repeat_musts"])))
    h.append("<h3>Action the trust SHOULD take to improve</h3>")
    h.append(bullets(rep(R["repeat_shoulds"])))
    # team + notices
    h.append("<h1>Our inspection team</h1>")
    h.append("<p>The team that inspected the service comprised a CQC inspection manager, three CQC inspectors, a CQC assistant inspector and three specialist advisers with expertise in %s. The inspection team was overseen by Margaret Oyelaran, Head of Hospital Inspection.</p>" % E(R["short"]))
    h.append("<h2 class='rnh'>Requirement notices</h2><p>This section is primarily information for the provider.</p><h3>Action we have told the provider to take</h3><p>The table below shows the legal requirements that were not being met. The provider must send CQC a report that says what action they are going to take to meet these requirements.</p>")
    h.append("<table class='rn'><tr><th style='width:35%'>Regulated activity</th><th>Regulation</th></tr>")
    for reg, why in N["notices"]:
        h.append("<tr><td>Treatment of disease, disorder or injury</td><td><b>%s</b><br>How the regulation was not being met:<br>%s</td></tr>" % (E(reg), E(why)))
    h.append("</table></body></html>")
    src = "\n".join(h)
    open(out.replace(".pdf", ".html"), "w").write(src)
    HTML(string=src).write_pdf(out)

if __name__ == "__main__":
    for R in REPORTS:
        build(R, "/work/blind/EQ/" + R["file"])
        print("built", R["file"])
