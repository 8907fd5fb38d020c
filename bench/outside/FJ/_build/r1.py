import sys, subprocess, html
sys.path.insert(0,'/tmp/FJ-work'); from common import *
OUT='/work/blind/FJ/r1_acute_mustshould_grid'
R=[ # service, musts [(text, regs)], shoulds
("Surgery",
 [("The hospital must ensure that the five steps to safer surgery checklist is fully completed for every patient undergoing a procedure in theatres. (Regulation 12(2)(b))",[reg(12,'(2)(b)')]),
  ("The hospital must ensure that controlled drugs in the theatre recovery area are checked and recorded in line with the hospital’s medicines policy. (Regulation 12(2)(g))",[reg(12,'(2)(g)')]),
  ("The hospital must ensure that all staff working in theatres complete their mandatory training, including level 2 safeguarding children training. (Regulation 18(2)(a))",[reg(18,'(2)(a)')])],
 ["The hospital should ensure that patient-specific risk assessments for venous thromboembolism are reassessed within 24 hours of admission.",
  "The hospital should consider displaying information about how to raise a complaint in the surgical ward and day-case unit."]),
("Medical care",
 [("The hospital must ensure that records of patients’ fluid balance and early warning scores are accurate, complete and contemporaneous. (Regulation 17(2)(c))",[reg(17,'(2)(c)')]),
  ("The hospital must ensure that the endoscopy decontamination room is cleaned and maintained so that it meets current national guidance. (Regulation 15(1)(a))",[reg(15,'(1)(a)')])],
 ["The hospital should ensure that the resuscitation trolley on the medical ward is checked daily and that checks are recorded.",
  "The hospital should continue to recruit to vacant registered nurse posts and reduce its reliance on agency staff."]),
("Outpatients",
 [("The hospital must ensure that clinic rooms where medicines are stored are kept locked when not in use. (Regulation 12(2)(g))",[reg(12,'(2)(g)')])],
 ["The hospital should ensure that waiting times for follow-up appointments in ophthalmology are monitored and reported to the medical advisory committee.",
  "The hospital should ensure that chaperone notices are displayed in all consulting rooms."]),
("Diagnostic imaging",
 [],
 ["The hospital should ensure that local rules for ionising radiation are reviewed and signed by all radiographers.",
  "The hospital should consider how it gathers feedback from patients attending for magnetic resonance imaging."]),
]
SUMM=[R[0][1][0], R[1][1][0]]
import re as _re
def e(t): return _re.sub(r'(\(Regulation [^ ]+\))$', r"<span style='white-space:nowrap'>\1</span>", html.escape(t))
css="""
@page{size:A4;margin:18mm 16mm 20mm 16mm}
body{font-family:'Liberation Sans';font-size:10pt;color:#222}
h1{font-size:26pt;color:#5b2a86;margin:0 0 6mm} h2{font-size:15pt;color:#5b2a86;margin:8mm 0 3mm}
.cover td{padding:2mm 4mm;border-bottom:1px solid #ccc}
table.grid{border-collapse:collapse;width:100%}
table.grid th{background:#5b2a86;color:#fff;text-align:left;padding:3mm 4mm;font-size:10.5pt}
table.grid td{vertical-align:top;padding:5mm 5mm;border-bottom:1px solid #ddd}
table.grid tr{break-inside:avoid}
table.grid tbody tr:nth-child(odd) td{background:#f3eef8}
table.grid tbody tr:nth-child(even) td{background:#ffffff}
td.svc{width:12mm;padding:4mm 2mm !important;background:#5b2a86 !important;color:#fff;text-align:center}
td.svc span{writing-mode:vertical-rl;transform:rotate(180deg);font-weight:bold;font-size:11pt;white-space:nowrap}
td ul{margin:0;padding-left:4.5mm} td li{margin:0 0 3mm}
td.none{color:#777;font-style:italic}
.pb{break-before:page}
.foot{font-size:8pt;color:#666}
"""
h=[f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>"]
h.append("""<div style='font-size:12pt'>Harrowfield Healthcare Limited</div><h1>The Linton Park Hospital</h1>
<div style='font-size:18pt;margin-bottom:8mm'>Inspection report</div>
<p>Linton Park Road<br>Maidstone<br>Kent<br>ME17 4QX</p><p>Tel: 01622 555 318<br>www.lintonparkhospital.co.uk</p>
<p>Date of inspection visit: 21 May to 23 May 2019<br>Date of publication: 14/08/2019</p>
<p>This report describes our judgement of the quality of care at this location. It is based on a combination of what we found when we inspected and other information available to CQC including information given to us from patients, the public and other organisations.</p>
<h2>Ratings</h2><table class='cover'>
<tr><td>Overall rating for this location</td><td><b>Requires improvement</b></td></tr>
<tr><td>Are services safe?</td><td>Requires improvement</td></tr>
<tr><td>Are services effective?</td><td>Good</td></tr>
<tr><td>Are services caring?</td><td>Good</td></tr>
<tr><td>Are services responsive?</td><td>Good</td></tr>
<tr><td>Are services well-led?</td><td>Requires improvement</td></tr></table>""")
h.append("""<div class='pb'></div><h2>Summary of this inspection</h2>
<p>The Linton Park Hospital is operated by Harrowfield Healthcare Limited. The hospital has 38 inpatient beds, two theatres, an endoscopy suite and an outpatient and diagnostic imaging department. We inspected surgery, medical care, outpatients and diagnostic imaging using our comprehensive inspection methodology.</p>
<p>Our rating of this hospital went down. We rated it as requires improvement because:</p>
<ul><li>Not all staff had completed mandatory training and safeguarding training at the level required for their role.</li>
<li>Safety checks in theatres were not always fully completed, and records in the medical ward were sometimes incomplete.</li>
<li>Governance processes had not identified some of the risks we found.</li></ul>
<p>However, staff treated patients with compassion and kindness, and patients could access services when they needed them.</p>
<h2>Areas for improvement</h2>
<p>We found areas for improvement including breaches of legal requirements that the provider must put right. The actions are listed in full, by core service, at the end of this report. The two most significant were:</p><ul>""")
for t,_ in SUMM: h.append(f"<li>{e(t)}</li>")
h.append("</ul><p>We also issued the provider with three requirement notices that affected surgery, medical care and outpatients.</p><p>Amanda Stewart<br>Deputy Chief Inspector of Hospitals (London and South)</p>")
h.append("""<div class='pb'></div><h2>Areas for improvement by core service</h2>
<p>The table below lists every action for this location. Actions the hospital must take are needed to comply with its legal obligations. Actions it should take are because it was not doing something required by a regulation but it would be disproportionate to find a breach of the regulation overall, to prevent it failing to comply with legal requirements in future, or to improve services.</p>
<table class='grid'><thead><tr><th></th><th style='width:48%'>The hospital must</th><th>The hospital should</th></tr></thead><tbody>""")
for svc,ms,ss in R:
    mc = "<ul>"+"".join(f"<li>{e(t)}</li>" for t,_ in ms)+"</ul>" if ms else "No breaches of regulation were identified in this core service."
    h.append(f"<tr><td class='svc'><span>{e(svc)}</span></td><td class='{'' if ms else 'none'}'>{mc}</td><td><ul>"+"".join(f"<li>{e(t)}</li>" for t in ss)+"</ul></td></tr>")
h.append("</tbody></table></body></html>")
open('/tmp/FJ-work/r1.html','w').write("".join(h))
subprocess.run(['chromium','--headless','--no-sandbox','--disable-gpu','--no-pdf-header-footer','--print-to-pdf='+OUT+'/report.pdf','/tmp/FJ-work/r1.html'],check=True,capture_output=True)
pdf=OUT+'/report.pdf'
F=[]
for t,rg in SUMM:
    p=locate_cols(pdf,t,2,(320,))
    svc = 'Surgery' if t==R[0][1][0][0] else 'Medical care'
    F.append({"kind":"must","text":t,"page":p[0],"section":"Areas for improvement","service":None,"domain":None,"regulations":rg,"also_at":[{"page":p[1],"service":svc}]})
summ_txt=[t for t,_ in SUMM]
for svc,ms,ss in R:
    for t,rg in ms:
        if t in summ_txt: continue
        p=locate_cols(pdf,t,1,(320,))
        F.append({"kind":"must","text":t,"page":p[0],"section":"The hospital must","service":svc,"domain":None,"regulations":rg,"also_at":[]})
    for t in ss:
        p=locate_cols(pdf,t,1,(320,))
        F.append({"kind":"should","text":t,"page":p[0],"section":"The hospital should","service":svc,"domain":None,"regulations":[],"also_at":[]})
meta={"provider":"Harrowfield Healthcare Limited","location":"The Linton Park Hospital","report_type":"Inspection report","published":"2019-08-14","inspection_dates":["2019-05-21","2019-05-23"],
 "ratings":{"overall":"Requires improvement","safe":"Requires improvement","effective":"Good","caring":"Good","responsive":"Good","well_led":"Requires improvement"}}
write_gold(OUT,"Chromium (Skia/PDF)",meta,F)
print(len(F),[ (f['kind'],f['page']) for f in F])
