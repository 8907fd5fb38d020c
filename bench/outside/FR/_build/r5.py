import sys; sys.path.insert(0,'/tmp/FR-work'); from common import *
from PIL import Image, ImageDraw, ImageFont
import weasyprint
OUT='/work/blind/FR/r5_sexual_health'; os.makedirs(OUT, exist_ok=True)
S1='Integrated sexual health services'; S2='Community health services for children, young people and families'
def img(text,fn,color):
    f=ImageFont.truetype('/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',64)
    w=int(f.getlength(text))+20; im=Image.new('RGB',(w,90),'white'); d=ImageDraw.Draw(im); d.text((0,8),text,font=f,fill=color); im.save('/tmp/FR-work/'+fn)
    return w/90
A={S1:dict(must=["The trust must ensure that patients attending the walk-in clinic are triaged by a qualified clinician within 30 minutes of arrival. (Regulation 12(2)(a))",
"The trust must ensure that patient group directions used by nurses are in date and signed by all staff who work under them. (Regulation 12(2)(g))",
"The trust must ensure that young people aged under 16 are assessed for risk of child sexual exploitation at every attendance and that referrals are made when needed. (Regulation 13(2))",
"The trust must ensure that results of tests for HIV and syphilis are reviewed and acted on within the timescales set out in national guidance. (Regulation 12(2)(b))"],
 should=["The trust should ensure that the online booking system offers enough appointments for patients who cannot attend the walk-in clinic.",
"The trust should ensure that interpreters, rather than family members, are used during consultations.",
"The trust should review signage at the Harbour Street clinic so that the entrance is discreet.",
"The trust should ensure that staff complete training on female genital mutilation and record discussions in patient notes."]),
 S2:dict(must=["The trust must ensure that health visitors complete all mandated contacts, including the new birth visit within 14 days. (Regulation 12(2)(a))",
"The trust must ensure that safeguarding supervision is provided to school nurses at least every three months. (Regulation 18(2)(a))",
"The trust must ensure that records of children on child protection plans are stored in one place and are accessible to all staff who need them. (Regulation 17(2)(c))"],
 should=["The trust should ensure that waiting times for the speech and language therapy service are monitored and reported to the board.",
"The trust should ensure that the school nursing text messaging service is promoted to young people in all secondary schools.",
"The trust should consider how it gathers the views of children and young people about the service."])}
r1=img('Action the trust MUST take to improve','mh.png',(128,0,64))
css=f"""@page {{size:A4;margin:30mm 18mm 20mm 18mm;@bottom-center{{content:counter(page);font-size:8pt}}}}
@page front {{size:A4}}
@page sh {{size:A4;@top-left{{content:"{S1}";background:#8a1b4f;color:white;font:bold 10pt DejaVu Sans;padding:0 6mm;width:100%;height:11mm;margin-top:9mm}}}}
@page cy {{size:letter;@top-left{{content:"{S2}";background:#1b6a8a;color:white;font:bold 10pt DejaVu Sans;padding:0 6mm;width:100%;height:11mm;margin-top:9mm}}}}
body{{font-family:'DejaVu Serif';font-size:10pt;line-height:1.45}}
.front{{page:front}} .sh{{page:sh;break-before:page}} .cy{{page:cy;break-before:page}}
h1{{font-family:'DejaVu Sans';color:#333;font-size:20pt}} h2{{font-family:'DejaVu Sans';font-size:13pt;color:#555}}
h3{{font-family:'DejaVu Sans';font-size:11pt;margin:12px 0 4px}}
img.h{{height:13pt;width:{13*r1:.1f}pt;display:block;margin:14px 0 6px}}
ul{{padding-left:16pt}} li{{margin-bottom:5pt}} p{{margin:0 0 7pt}}"""
fill="<p>The trust provides the county’s integrated sexual health service from three hubs and eleven spoke clinics, together with health visiting, school nursing and family nurse partnership services. During the inspection we visited clinics, observed consultations and home visits, and spoke with patients, parents and staff of all grades. We reviewed records and policies and looked at performance data provided by the trust.</p>"
def chap(cls,s):
    h=f'<div class="{cls}"><h2>Are services well-led?</h2>'+fill*5+f'<img class="h" src="mh.png" alt="">'
    h+='<ul>'+''.join(f'<li>{t}</li>' for t in A[s]['must'])+'</ul><h3>Action the trust SHOULD take to improve</h3><ul>'+''.join(f'<li>{t}</li>' for t in A[s]['should'])+'</ul></div>'
    return h
html=f"""<html><head><meta charset="utf-8"><style>{css}</style></head><body><div class="front">
<h1>Tidewater Community Health NHS Trust</h1><p><b>Inspection report</b></p><p>Tidewater House, 40 Quay Road, Portreath Bay PB1 6EN</p>
<p>Date of inspection visit: 5 November 2018 to 7 November 2018<br>Date of publication: 30 January 2019</p>
<table style="border-collapse:collapse" border="1" cellpadding="4"><tr><td>Overall rating for this trust</td><td>Good</td></tr><tr><td>Are services safe?</td><td>Requires improvement</td></tr><tr><td>Are services effective?</td><td>Good</td></tr><tr><td>Are services caring?</td><td>Good</td></tr><tr><td>Are services responsive?</td><td>Good</td></tr><tr><td>Are services well-led?</td><td>Good</td></tr></table>
<h2>Summary of findings</h2>{fill*2}<p>Each core service is reported in its own chapter. The name of the service appears in the coloured band at the top of each page.</p></div>
{chap('sh',S1)}{chap('cy',S2)}</body></html>"""
weasyprint.HTML(string=html,base_url='/tmp/FR-work/').write_pdf(OUT+'/report.pdf')
F=[]
for s in (S1,S2):
    for kind,sec in (('must','Action the trust MUST take to improve'),('should','Action the trust SHOULD take to improve')):
        for t in A[s][kind]:
            regs=[]; m=re.search(r'\(Regulation (\d+)((?:\(\w+\))*)\)$',t)
            if m: regs=[{"instrument":"RA2014","number":int(m.group(1)),"paragraphs":m.group(2)}]
            F.append({"kind":kind,"text":t,"page":0,"section":sec,"service":s,"domain":None,"regulations":regs,"also_at":[]})
locate(OUT+'/report.pdf',F)
write(OUT,'WeasyPrint '+weasyprint.__version__,{"provider":"Tidewater Community Health NHS Trust","location":None,"report_type":"Inspection report","published":"2019-01-30","inspection_dates":["2018-11-05","2018-11-07"],
 "ratings":{"overall":"Good","safe":"Requires improvement","effective":"Good","caring":"Good","responsive":"Good","well_led":"Good"}},F)
