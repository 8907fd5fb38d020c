import sys, html
sys.path.insert(0,'/tmp/FJ-work'); from common import *
from weasyprint import HTML
OUT='/work/blind/FJ/r5_mh_crisis_fullpage_table'
FILLN=int(sys.argv[1]) if len(sys.argv)>1 else 2
SVC="Mental health crisis services and health-based places of safety"
MUST=[
("Oakwood Suite (health-based place of safety), Danesbury Hospital",[
 ("The trust must ensure that the health-based place of safety is not used to accommodate patients for longer than 24 hours unless an extension has been authorised by a registered medical practitioner in line with the Mental Health Act 1983. (Regulation 13(5))",[reg(13,'(5)')]),
 ("The trust must ensure that staff record observations of patients held under section 136 at the frequency set out in each patient’s observation plan. (Regulation 12(2)(a)(b))",[reg(12,'(2)(a)(b)')]),
 ("The trust must ensure that the health-based place of safety is staffed by a dedicated team so that staff are not withdrawn from the acute wards when a patient is brought to the suite. (Regulation 18(1))",[reg(18,'(1)')])]),
("Crisis resolution and home treatment teams",[
 ("The trust must ensure that every patient on the caseload of the crisis teams has a risk assessment that is completed at the first contact and updated after each change in presentation, and that crisis plans are shared with the patient and, where the patient agrees, their carer. (Regulation 12(2)(a))",[reg(12,'(2)(a)')]),
 ("The trust must ensure that medicines carried by crisis team staff on home visits are transported and stored securely. (Regulation 12(2)(g))",[reg(12,'(2)(g)')]),
 ("The trust must ensure that staff in the crisis teams receive regular clinical supervision and that this is recorded. (Regulation 18(2)(a))",[reg(18,'(2)(a)')]),
 ("The trust must ensure that its governance systems identify and monitor breaches of the 24-hour limit for detention in the place of safety and that learning is shared with staff. (Regulation 17(2)(a))",[reg(17,'(2)(a)')])])]
SHOULD=[
"The trust should ensure that the crisis line is answered within the target time set by the commissioners.",
"The trust should ensure that young people under 18 detained under section 136 are assessed by a clinician with child and adolescent mental health expertise.",
"The trust should review the furnishings in the health-based place of safety so that patients can rest comfortably while they wait for assessment.",
"The trust should ensure that patients are given information about their rights under section 136, and that this is repeated and recorded when they did not understand it at first.",
"The trust should continue to work with the police and the ambulance service to reduce the number of people conveyed to the place of safety in police vehicles.",
"The trust should ensure that carers are offered a carer’s assessment when a patient is taken onto the crisis team caseload.",
"The trust should ensure that the environmental ligature risk assessment for the Oakwood Suite is reviewed annually.",
"The trust should consider providing a dedicated interview room for crisis assessments in the emergency department at Danesbury Hospital.",
"The trust should ensure that staff receive training in the revised Mental Health Act Code of Practice."]
SPLIT_AT=int(sys.argv[2]) if len(sys.argv)>2 else 20   # word index where the interrupted statement breaks
INT=MUST[1][1][0][0]
w=INT.split(' '); first=' '.join(w[:SPLIT_AT]); rest=' '.join(w[SPLIT_AT:])
e=html.escape
css="""
@page{size:A4;margin:20mm 20mm 22mm 20mm;@bottom-left{content:"Tamar Vale Partnership NHS Foundation Trust  Inspection report  28/09/2018";font:7.5pt 'Liberation Sans';color:#666}@bottom-right{content:counter(page);font:8pt 'Liberation Sans'}}
@page tbl{margin:14mm 14mm 18mm 14mm}
body{font:10pt/1.45 'Liberation Serif';text-align:justify;hyphens:manual}
h1{font:bold 22pt 'Liberation Sans';color:#3b2670} h2{font:bold 14pt 'Liberation Sans';color:#3b2670;margin:7mm 0 2mm} h3{font:bold 11pt 'Liberation Sans';color:#3b2670;margin:5mm 0 1mm}
h4{font:italic 9.5pt 'Liberation Sans';color:#555;margin:3mm 0 1mm}
ul{margin:0;padding-left:6mm} li{margin-bottom:2mm}
li.cut{text-align-last:justify;margin-bottom:0}
p.cont{margin:0 0 2mm 6mm}
.tblpage{page:tbl;break-before:page;break-after:page}
table.d{border-collapse:collapse;width:100%;font:8.5pt/1.3 'Liberation Sans'} table.d th{background:#3b2670;color:#fff;padding:2.2mm;text-align:left} table.d td{padding:2.2mm;border-bottom:0.5pt solid #ccc} table.d tr:nth-child(even) td{background:#efeaf7}
.pb{break-before:page}
"""
H=[f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>"]
H.append(f"""<p style='font:13pt Liberation Sans'>Tamar Vale Partnership NHS Foundation Trust</p><h1>{e(SVC)}</h1><p style='font:16pt Liberation Sans'>Inspection report</p>
<p>Trust Headquarters, Danesbury Hospital, Plymouth Road, Tavistock, PL19 8BX<br>Tel: 01822 555 700<br>www.tamarvale.nhs.uk</p>
<p>Date of inspection visit: 12 June to 14 June 2018<br>Date of publication: 28/09/2018</p>
<p>This report describes our judgement of the quality of care provided within this core service by Tamar Vale Partnership NHS Foundation Trust. Where relevant we provide detail of each location or area of service visited.</p>
<h2>Ratings</h2><table style='width:100%;font:10pt Liberation Sans'>
<tr><td>Overall rating for this service</td><td><b>Requires improvement</b></td></tr><tr><td>Are services safe?</td><td>Requires improvement</td></tr><tr><td>Are services effective?</td><td>Good</td></tr><tr><td>Are services caring?</td><td>Good</td></tr><tr><td>Are services responsive?</td><td>Requires improvement</td></tr><tr><td>Are services well-led?</td><td>Requires improvement</td></tr></table>
<div class='pb'></div><h2>Summary of this service</h2>""")
FILL=["We rated mental health crisis services and health-based places of safety as requires improvement because patients were held in the health-based place of safety for longer than the 24 hours allowed by the Mental Health Act 1983 on eleven occasions in the twelve months before our inspection, and the trust had not always authorised extensions in line with the Act. Staff were withdrawn from the acute wards to staff the place of safety, which left those wards short of staff.",
"Risk assessments in the crisis resolution and home treatment teams were not always completed at the first contact or updated when a patient’s presentation changed, and crisis plans were not consistently shared with patients. Clinical supervision rates in two of the three crisis teams were below the trust’s target.",
"However, staff treated patients with compassion and kindness and understood the individual needs of patients. The crisis teams worked well with the street triage service and the liaison psychiatry team, and patients could access the crisis line 24 hours a day.",
"Managers were visible and staff told us they felt respected, supported and valued. The trust had a clear plan to reduce the use of police cells as places of safety, and no adults had been taken to a police cell as a place of safety in the previous year.",
"The trust had improved its arrangements for assessing patients detained under section 136 since our last inspection. Approved mental health professionals were available at all times, and the median time from arrival to the start of a Mental Health Act assessment had fallen from nine hours to under five hours. However, managers did not routinely review the reasons when the 24-hour limit was exceeded."]
for i in range(FILLN): H.append(f"<p>{e(FILL[i%5])}</p>")
if FILLN>4: H.append("<h3>What people who use the service say</h3><p>Patients we spoke with told us that crisis team staff were kind, listened to them and helped them to stay safe at home. Two patients said that they had waited too long in the place of safety for an assessment, and one carer told us they had not been told where their relative had been taken.</p>")
H.append("<h2>Areas for improvement</h2><p>We told the trust that it must take action to bring services into line with seven legal requirements. This action related to two services within this core service.</p><h3>Action the trust MUST take to improve</h3>")
for loc,items in MUST:
    H.append(f"<h4>{e(loc)}</h4><ul>")
    for t,_ in items:
        if t==INT:
            H.append(f"<li class='cut'>{e(first)}</li></ul>")
            H.append("<div class='tblpage'><h3>Table 1: Use of the health-based place of safety, June 2017 to May 2018</h3><table class='d'><tr><th>Month</th><th>Section 136 detentions</th><th>Of which under 18</th><th>Held over 24 hours</th><th>Extension authorised</th><th>Conveyed by police vehicle</th></tr>")
            import random; random.seed(4)
            for m in ['June 2017','July 2017','August 2017','September 2017','October 2017','November 2017','December 2017','January 2018','February 2018','March 2018','April 2018','May 2018']:
                a=random.randint(18,34); H.append(f"<tr><td>{m}</td><td>{a}</td><td>{random.randint(0,3)}</td><td>{random.choice([0,0,1,1,2])}</td><td>{random.choice([0,0,1])}</td><td>{random.randint(5,14)}</td></tr>")
            H.append("<tr><td><b>Total</b></td><td><b>311</b></td><td><b>17</b></td><td><b>11</b></td><td><b>4</b></td><td><b>108</b></td></tr></table><p style='font:8.5pt Liberation Sans'>Source: trust data submitted before the inspection. Figures for patients held over 24 hours include four patients whose detention under section 136 ended before an assessment was completed. The table appears here to sit beside the findings it relates to; the list of actions continues below.</p>")
            H.append("<p style='font:8.5pt Liberation Sans;margin-top:6mm'>Breaches of the 24-hour limit by place of safety: Oakwood Suite 9; emergency department, Danesbury Hospital 2. Under-18s were held in the adult suite on every occasion because the trust has no separate place of safety for young people.</p></div>")
            H.append(f"<p class='cont'>{e(rest)}</p><ul>")
        else: H.append(f"<li>{e(t)}</li>")
    H.append("</ul>")
H.append("<h3>Action the trust SHOULD take to improve</h3><ul>"+''.join(f"<li>{e(s)}</li>" for s in SHOULD)+"</ul></body></html>")
open('/tmp/FJ-work/r5.html','w').write(''.join(H))
HTML(string=''.join(H)).write_pdf(OUT+'/report.pdf')
pdf=OUT+'/report.pdf'
import pdfplumber
with pdfplumber.open(pdf) as P_:
    for i,pg in enumerate(P_.pages):
        t=norm(pg.extract_text()); print(i+1, norm(first)[-30:] in t, norm(rest)[:30] in t, 'Table1' .lower() in t)
        if norm(first)[-30:] in t:
            ws=pg.extract_words(); last=[x for x in ws if x['text']==first.split()[-1]]; print('  last word bottom',[round(x['bottom']) for x in last], pg.height)
F=[]
for loc,items in MUST:
    for t,rg in items:
        p=locate(pdf,' '.join(t.split()[:12]),1)
        F.append({"kind":"must","text":t,"page":p[0],"section":"Action the trust MUST take to improve","service":SVC,"domain":None,"regulations":rg,"also_at":[]})
for s in SHOULD:
    p=locate(pdf,s,1)
    F.append({"kind":"should","text":s,"page":p[0],"section":"Action the trust SHOULD take to improve","service":SVC,"domain":None,"regulations":[],"also_at":[]})
meta={"provider":"Tamar Vale Partnership NHS Foundation Trust","location":None,"report_type":"Inspection report","published":"2018-09-28","inspection_dates":["2018-06-12","2018-06-14"],
 "ratings":{"overall":"Requires improvement","safe":"Requires improvement","effective":"Good","caring":"Good","responsive":"Requires improvement","well_led":"Requires improvement"}}
write_gold(OUT,"WeasyPrint 70.0",meta,F)
print(len(F),[(f['kind'],f['page']) for f in F])
