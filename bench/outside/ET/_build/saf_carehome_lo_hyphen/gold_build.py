import sys; sys.path.insert(0,'/tmp/ET-work')
from goldlib import Gold
from locate import locate
PDF='/work/blind/ET/saf_carehome_lo_hyphen/report.pdf'
R='of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014.'
F=[('must','We identified 3 breaches of regulation relating to safe care and treatment, staffing and good governance.','Our view of the service',None,[]),
('must','This was a breach of regulation 12 (Safe care and treatment) '+R,'Safe','Safe',[{'instrument':'RA2014','number':12,'paragraphs':''}]),
('must','This was a breach of regulation 18 (Staffing) '+R,'Safe','Safe',[{'instrument':'RA2014','number':18,'paragraphs':''}]),
('should','We recommend the provider consider current guidance on the use of ‘when required’ medicines and take action to update their practice accordingly.','Safe','Safe',[]),
('should','We recommend the provider seeks advice and guidance from a reputable source about applying the principles of the Mental Capacity Act 2005 when reviewing restrictions on people’s liberty.','Effective','Effective',[]),
('should','We recommend the provider reviews how people are supported to maintain their privacy when receiving personal care in shared bathrooms.','Caring','Caring',[]),
('should','We recommend the provider reviews how people’s communication needs are identified, recorded and shared, in line with the Accessible Information Standard.','Responsive','Responsive',[]),
('must','This was a breach of regulation 17 (Good governance) '+R,'Well-led','Well-led',[{'instrument':'RA2014','number':17,'paragraphs':''}]),
('should','We recommend the provider develops ways of gathering feedback from relatives and acting on what they say.','Well-led','Well-led',[])]
g=Gold()
for k,t,sec,dom,regs in F:
    L=locate(PDF,t,0,8); print(L,t[:50]); assert len(L)==1 and L[0][1]==1
    g.add(k,t,L[0][0],sec,None,dom,regs)
g.write('/work/blind/ET/saf_carehome_lo_hyphen/gold.json','LibreOffice 7.4',
 {'provider':'Brackenford Care Ltd','location':'Willowmere House','report_type':'Assessment report','published':'2024-03-21',
  'inspection_dates':['2024-01-08','2024-02-02'],'ratings':{'overall':'Requires improvement','safe':'Requires improvement','effective':'Good','caring':'Good','responsive':'Good','well_led':'Requires improvement'}})
