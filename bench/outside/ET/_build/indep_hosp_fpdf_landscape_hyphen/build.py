import sys, os; sys.path.insert(0,'/tmp/ET-work')
from goldlib import Gold
from fpdf import FPDF
OUT='/work/blind/ET/indep_hosp_fpdf_landscape_hyphen'
MUST={'Surgery':[
"The provider must ensure that the World Health Organization five steps to safer surgery checklist is fully completed for every patient and that com|pli|ance with the checklist is audited. (Regulation 12(2)(a))",
"The provider must ensure that all theatre staff complete immediate life support training and that resus|ci|ta|tion equipment is checked daily. (Regulation 12(2)(c))",
"The provider must ensure that consultants’ practising privileges are re|viewed every two years, including checks of indem|nity insurance and ap|prais|al. (Regulation 19(2)(a))",
"The provider must ensure that patient records are con|tem|por|an|eous, legible and stored securely. (Regulation 17(2)(c))"],
'Outpatients':[
"The provider must ensure that clinic rooms used for minor procedures meet infection prevention and control stan|dards, including hand|wash|ing facilities. (Regulation 15(1)(a))",
"The provider must ensure that patients referred on an urgent suspected cancer pathway are tracked and seen within national time|scales. (Regulation 12(2)(a))"],
'Diagnostic imaging':[
"The provider must ensure that local rules are displayed in all x-ray rooms and that radiation protection super|visors are appointed for each area. (Regulation 12(2)(b))"]}
SHOULD={'Surgery':[
"The hospital should ensure that the day-case unit’s discharge checklist is com|plet|ed for every patient.",
"The hospital should consider how it can improve the recording of patients’ pain scores after surgery.",
"The hospital should ensure that follow-up telephone calls are made to all patients within 48 hours of discharge."],
'Outpatients':[
"The hospital should ensure that the availability of chaperones is displayed in all waiting areas.",
"The hospital should monitor waiting times in clinics, keep patients informed of any delays and give patients up-to-date written information about follow-up appointments.",
"The hospital should ensure that interpreting services are offered and that their use is recorded in patients’ notes."],
'Diagnostic imaging':[
"The hospital should ensure that pregnancy status checks are doc|u|ment|ed for all patients of child-bearing potential.",
"The hospital should consider introducing peer review of reporting radio|graph|ers’ image evaluations.",
"The hospital should ensure that the minutes of the radiation protection committee record actions, owners and time|scales."]}
clean=lambda s:s.replace('|','')
import pyphen, re
_dic=pyphen.Pyphen(lang='en_GB',left=3,right=3)
def hyph(text):
    out=[]
    for w in clean(text).split(' '):
        m=re.match(r'^([A-Za-z’]+)(.*)$',w)
        if m and len(m.group(1))>=7 and '’' not in m.group(1): out.append(_dic.inserted(m.group(1),'|')+m.group(2))
        else: out.append(w)
    return ' '.join(out)
class P(FPDF):
    def footer(self):
        self.set_y(-12); self.set_font('Helvetica','',7.5); self.set_text_color(90,90,90)
        self.cell(0,5,f'Kingsmead Park Hospital Inspection report 02/10/2019        Page {self.page_no()} of {{nb}}',align='R')
pdf=P('P','pt','A4'); pdf.core_fonts_encoding='windows-1252'; pdf.set_auto_page_break(False); pdf.alias_nb_pages()
pdf.set_title('Kingsmead Park Hospital - Inspection report'); pdf.set_creator('fpdf2')
gold=Gold(); HY={'n':0,'c':0}
def lines_for(text,w,font=('Helvetica','',9.5)):
    pdf.set_font(*font); toks=text.split(' '); out=[]; cur=''
    def fits(s): return pdf.get_string_width(s.replace('|',''))<=w
    i=0
    while i<len(toks):
        t=toks[i]; trial=(cur+' '+t) if cur else t
        if fits(trial): cur=trial; i+=1; continue
        # try hyphenating t at a marker or after a compound hyphen
        pts=[j for j,ch in enumerate(t) if ch in '|-']
        done=False
        for j in reversed(pts):
            head=(t[:j].replace('|','')+'-') if t[j]=='|' else t[:j+1].replace('|','')
            cand=(cur+' '+head) if cur else head
            if fits(cand):
                out.append(cand.replace('|','')); HY['n' if t[j]=='|' else 'c']+=1
                toks[i]=t[j+1:]; cur=''; done=True; break
        if not done:
            out.append(cur.replace('|','')); cur=''
    if cur: out.append(cur.replace('|',''))
    return out
def heading(x,y,t,size=12,col=(0,70,110)):
    pdf.set_font('Helvetica','B',size); pdf.set_text_color(*col); pdf.text(x,y,t); return y+size*1.5
def para(x,y,w,t,size=9.5,lh=13):
    pdf.set_text_color(30,30,30)
    for ln in lines_for(t,w,('Helvetica','',size)): pdf.set_font('Helvetica','',size); pdf.text(x,y,ln); y+=lh
    return y+5
def bullets(x,y,w,items,kind,sec,svc,lh=12.5):
    for t in items:
        gold.add(kind,clean(t),pdf.page_no(),sec,svc)
        pdf.set_font('Helvetica','',9.5); pdf.set_text_color(0,70,110); pdf.text(x,y,'–')
        pdf.set_text_color(30,30,30)
        LL=lines_for(hyph(t),w-14)
        if os.environ.get('DBG'): print(LL)
        for ln in LL: pdf.set_font('Helvetica','',9.5); pdf.text(x+14,y,ln); y+=lh
        y+=4
    return y
# page 1 portrait cover
pdf.add_page('P'); W=595.28
pdf.set_fill_color(0,70,110); pdf.rect(0,0,W,140,'F')
pdf.set_text_color(255,255,255); pdf.set_font('Helvetica','B',22); pdf.text(50,70,'Arden Vale Healthcare Limited')
pdf.set_font('Helvetica','',15); pdf.text(50,95,'Kingsmead Park Hospital'); pdf.text(50,117,'Inspection report')
y=180
for t in ['Kingsmead Road, Hatherby, HT3 5LW','Tel: 01632 963300','www.kingsmeadpark-hospital.co.uk','Date of inspection visit: 16 to 18 July 2019','Date of publication: 02/10/2019']:
    y=para(50,y,480,t)-3
y=heading(50,y+14,'Ratings',13)
for k,v in [('Overall rating for this location','Requires improvement'),('Are services safe?','Requires improvement'),('Are services effective?','Good'),('Are services caring?','Good'),('Are services responsive?','Good'),('Are services well-led?','Requires improvement')]:
    pdf.set_font('Helvetica','',10); pdf.set_text_color(30,30,30); pdf.text(50,y,k); pdf.set_font('Helvetica','B',10); pdf.text(300,y,v); y+=17
y=para(50,y+14,490,'We plan our next inspections based on everything we know about services, including whether they appear to be getting better or worse. Each report explains the reason for the inspection. This report describes our judgement of the quality of care provided by this location.',8.5,11.5)
# page 2 portrait summary
pdf.add_page('P'); y=70
y=heading(50,y,'Summary of this inspection',16)
y=heading(50,y+4,'Background to Kingsmead Park Hospital',12)
y=para(50,y,495,'Kingsmead Park Hospital is operated by Arden Vale Healthcare Limited. It is a 42-bed independent hospital with three operating theatres, a day-case unit, an outpatient department and a diagnostic imaging suite with x-ray, ultrasound, CT and MRI. The hospital treats insured, self-funding and NHS-funded patients over the age of 18.')
y=heading(50,y+4,'Our rating of this hospital went down. We rated it as requires improvement because:',10.5,(30,30,30))
for b in ['Safety checks in theatres were not always completed, and not all theatre staff had up-to-date life support training.','Managers had not reviewed the practising privileges of several consultants within the required time.','Staff treated patients with compassion and kindness, and patients could access services when they needed them.']:
    y=bullets(50,y,495,[],None,None,None); pdf.set_font('Helvetica','',9.5); pdf.set_text_color(30,30,30); pdf.text(54,y,'–')
    for ln in lines_for(b,480): pdf.text(68,y,ln); y+=12.5
    y+=4
y=heading(50,y+8,'Areas for improvement',12)
y=para(50,y,495,'We found areas for improvement including 7 breaches of legal requirements that the provider must put right. We found 9 things that the provider should improve to comply with a minor breach that did not justify regulatory action, to prevent breaching a legal requirement, or to improve service quality. The full lists are set out on the next page, with the actions that the hospital must take on the left and those it should take on the right.')
# page 3 landscape two columns
pdf.add_page('L'); WL=841.89
pdf.set_fill_color(230,240,246); pdf.rect(0,0,WL,46,'F')
heading(40,30,'Areas for improvement',15)
colw=int(os.environ.get('CW','335')); xL=40; xR=WL-40-colw
yl=heading(xL,72,'Action the hospital MUST take to improve',11.5,(150,20,30))
yr=heading(xR,72,'Action the hospital SHOULD take to improve',11.5,(0,110,60))
for svc in ['Surgery','Outpatients','Diagnostic imaging']:
    yl=heading(xL,yl+2,svc,10,(60,60,60)); yl=bullets(xL,yl,colw,MUST[svc],'must','Action the hospital MUST take to improve',svc)
for svc in ['Surgery','Outpatients','Diagnostic imaging']:
    yr=heading(xR,yr+2,svc,10,(60,60,60)); yr=bullets(xR,yr,colw,SHOULD[svc],'should','Action the hospital SHOULD take to improve',svc)
pdf.set_draw_color(180,180,180); pdf.line(WL/2,66,WL/2,560)
print('landscape bottoms',yl,yr)
# page 4 portrait surgery chapter
pdf.add_page('P'); y=70
y=heading(50,y,'Surgery',18); y=heading(50,y,'Requires improvement',11,(150,20,30))
y=para(50,y+4,495,'Surgery was the main activity of the hospital. Where our findings on surgery also apply to other services, we do not repeat the information but cross-refer to the surgery service level.')
y=heading(50,y+4,'Is the service safe?',12)
y=para(50,y,495,'Staff did not always complete the five steps to safer surgery checklist. We reviewed 20 records and found the sign-out stage incomplete in six. Only 71% of theatre staff had completed immediate life support training against a target of 95%.')
y=heading(50,y+6,'Areas for improvement',13)
y=heading(50,y+2,'Action the hospital MUST take to improve',11,(150,20,30))
y=bullets(50,y,495,MUST['Surgery'],'must','Action the hospital MUST take to improve','Surgery')
y=heading(50,y+4,'Action the hospital SHOULD take to improve',11,(0,110,60))
y=bullets(50,y,495,SHOULD['Surgery'],'should','Action the hospital SHOULD take to improve','Surgery')
print('p4 bottom',y)
pdf.output(OUT+'/report.pdf')
gold.write(OUT+'/gold.json','fpdf2 2.8.9',
 {'provider':'Arden Vale Healthcare Limited','location':'Kingsmead Park Hospital','report_type':'Inspection report','published':'2019-10-02',
  'inspection_dates':['2019-07-16','2019-07-18'],'ratings':{'overall':'Requires improvement','safe':'Requires improvement','effective':'Good','caring':'Good','responsive':'Good','well_led':'Requires improvement'}})
print(HY, len(gold.items))
for it in gold.items: print(it['page'],it['kind'],it['service'],it['text'][:40],it['also_at'])
