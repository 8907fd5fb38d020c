import sys; sys.path.insert(0,'/tmp/FR-work'); from common import *
OUT='/work/blind/FR/r2_cosmetic_clinic'; os.makedirs(OUT, exist_ok=True)
SVC='Surgery'
must=[("The provider must ensure that the World Health Organization surgical safety checklist is fully completed for every procedure, including the sign out.","Regulation 12(2)(a)","High"),
("The provider must ensure that patients are given a cooling-off period of at least two weeks between consultation and agreeing to cosmetic surgery.","Regulation 11(1)","High"),
("The provider must ensure that medicines, including controlled drugs, are stored securely and that stock checks are recorded.","Regulation 12(2)(g)","High"),
("The provider must ensure that the resident medical officer has completed advanced life support training.","Regulation 18(2)(a)","Medium"),
("The provider must ensure that practising privileges are reviewed every two years and that surgeons’ indemnity and revalidation are checked.","Regulation 19(1)(a)","Medium"),
("The provider must ensure that the medical advisory committee receives and acts on audit results and incident themes.","Regulation 17(2)(a)","Medium"),
("The provider must ensure that psychological screening, such as a body dysmorphic disorder questionnaire, is completed and reviewed before surgery is agreed.","Regulation 9(3)(b)","High")]
should=[("The provider should ensure that consultation rooms offer privacy so conversations cannot be overheard.",None,"Low"),
("The provider should review marketing material so that it does not offer time-limited discounts on surgery.",None,"Medium"),
("The provider should ensure that implant details are recorded in the Breast and Cosmetic Implant Registry for all eligible patients.",None,"Medium"),
("The provider should consider auditing patient-reported outcome measures for all procedures.",None,"Low"),
("The provider should ensure that the theatre fridge temperature is checked and recorded daily.",None,"Low"),
("The provider should ensure that chaperone arrangements are offered and recorded at every consultation.",None,"Low"),
("The provider should make interpreting services available to patients whose first language is not English.",None,"Low")]
css = """@page{size:A4;margin:18mm 16mm 20mm 16mm;@bottom-right{content:counter(page)}}
body{font-family:'DejaVu Sans',sans-serif;font-size:10pt;line-height:1.45;color:#222}
h1{color:#5b2a86;font-size:22pt;margin:0} h2{color:#5b2a86;font-size:14pt;border-bottom:2px solid #c9b3dd;padding-bottom:3px;margin-top:22px}
h3{font-size:11pt;margin:14px 0 6px}
table.act{width:100%;border-collapse:collapse} table.act td{padding:12px 14px;vertical-align:top}
table.act tr:nth-child(odd) td{background:#f3edf8} table.act tr:nth-child(even) td{background:#ffffff}
.chip{float:right;margin:0 0 4px 14px;font-size:7.5pt;font-weight:bold;padding:1px 8px;border-radius:9px;color:#fff;background:#8a8a8a}
.High{background:#b3261e}.Medium{background:#c77700}.Low{background:#3c7a3c}
.cite{font-size:7.5pt;color:#555} td.n{width:22px;color:#5b2a86;font-weight:bold}
.ratings td{border:1px solid #bbb;padding:4px 8px} p{margin:0 0 8px}
tr{break-inside:avoid}"""
def rows(items):
    h=''
    for i,(t,c,p) in enumerate(items,1):
        cite=f' <span class="cite">({c})</span>' if c else ''
        h+=f'<tr><td class="n">{i}</td><td><span class="chip {p}">Priority: {p}</span>{t}{cite}</td></tr>'
    return '<table class="act">'+h+'</table>'
fill="<p>Marlowe Aesthetic Surgery Clinic is an independent hospital in central Brackenford providing cosmetic surgery to adults who pay for their own treatment. Procedures include breast augmentation, abdominoplasty, rhinoplasty and blepharoplasty, carried out under general anaesthetic or sedation in a single theatre with four overnight beds. Surgeons work under practising privileges granted by the medical advisory committee.</p>"
html=f"""<html><head><meta charset="utf-8"><style>{css}</style></head><body>
<h1>Marlowe Aesthetic Surgery Clinic</h1><p>14 Pelham Mews, Brackenford BK2 7LW</p><p><b>Inspection report</b></p>
<p>Date of inspection visit: 14 March 2023 to 15 March 2023<br>Date of publication: 2 June 2023</p>
<table class="ratings" style="border-collapse:collapse"><tr><td>Overall rating for this location</td><td>Requires improvement</td></tr>
<tr><td>Are services safe?</td><td>Inadequate</td></tr><tr><td>Are services effective?</td><td>Requires improvement</td></tr><tr><td>Are services caring?</td><td>Good</td></tr>
<tr><td>Are services responsive?</td><td>Good</td></tr><tr><td>Are services well-led?</td><td>Requires improvement</td></tr></table>
<h2>Our findings</h2>{fill*3}
<h2>Areas for improvement</h2><p style="font-size:8.5pt;color:#555">Priority labels show the order in which the provider has agreed to address each action. They are not part of our requirements.</p>
<h3>Action the provider MUST take to improve</h3>{rows(must)}
<h3>Action the provider SHOULD take to improve</h3>{rows(should)}
<h2>Surgery</h2>{fill*4}</body></html>"""
open('/tmp/FR-work/r2.html','w').write(html)
subprocess.run(['chromium','--headless','--no-sandbox','--disable-gpu','--no-pdf-header-footer','--print-to-pdf='+OUT+'/report.pdf','file:///tmp/FR-work/r2.html'],capture_output=True)
F=[]
for kind,items,sec in (('must',must,'Action the provider MUST take to improve'),('should',should,'Action the provider SHOULD take to improve')):
    for t,c,p in items:
        regs=[]; txt=t
        if c:
            txt=f'{t} ({c})'; m=re.match(r'Regulation (\d+)(.*)',c); regs=[{"instrument":"RA2014","number":int(m.group(1)),"paragraphs":m.group(2)}]
        F.append({"kind":kind,"text":txt,"page":0,"section":sec,"service":SVC,"domain":None,"regulations":regs,"also_at":[]})
locate(OUT+'/report.pdf',F)
write(OUT,'Chromium (Skia/PDF)',{"provider":"Marlowe Aesthetic Surgery Clinic Ltd","location":"Marlowe Aesthetic Surgery Clinic","report_type":"Inspection report","published":"2023-06-02","inspection_dates":["2023-03-14","2023-03-15"],
 "ratings":{"overall":"Requires improvement","safe":"Inadequate","effective":"Requires improvement","caring":"Good","responsive":"Good","well_led":"Requires improvement"}},F)
