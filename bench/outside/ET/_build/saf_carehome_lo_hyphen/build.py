from xml.sax.saxutils import escape as E
KQC={'Safe':'#8a1538','Effective':'#1f5f8b','Caring':'#6a3d9a','Responsive':'#b35900','Well-led':'#2e6b30'}
styles=f'''
<office:font-face-decls>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:text-properties fo:language="en" fo:country="GB" style:font-name="Liberation Serif" fo:font-size="10.5pt"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph">
  <style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.18cm" fo:line-height="118%"/>
  <style:text-properties fo:hyphenate="true" fo:hyphenation-remain-char-count="3" fo:hyphenation-push-char-count="3" fo:language="en" fo:country="GB"/>
 </style:style>
 <style:style style:name="H1" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.25cm" fo:keep-with-next="always"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="17pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="H2" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="12.5pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Small" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.1cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="8pt" fo:color="#555555"/></style:style>
 <style:style style:name="Leader" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.05cm" fo:margin-left="0.4cm"><style:tab-stops><style:tab-stop style:position="12.5cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties><style:text-properties style:font-name="Liberation Sans" fo:font-size="9.5pt"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.4cm" fo:margin-bottom="1.3cm" fo:margin-left="2.6cm" fo:margin-right="2.6cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
 {''.join(f'<style:style style:name="K{k[:3]}" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:color="{c}"/></style:style><style:style style:name="KH{k[:3]}" style:family="paragraph" style:parent-style-name="H1"><style:text-properties fo:color="{c}"/></style:style><style:style style:name="KS{k[:3]}" style:family="paragraph" style:parent-style-name="H2"><style:text-properties fo:color="{c}"/></style:style><style:style style:name="KL{k[:3]}" style:family="paragraph" style:parent-style-name="Leader"><style:text-properties fo:color="{c}"/></style:style>' for k,c in KQC.items())}
 <style:style style:name="Hist" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:background-color="#eef1f4" fo:padding="0.2cm" fo:border-left="0.08cm solid #1f5f8b"/><style:text-properties fo:color="#1f5f8b"/></style:style>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold" style:font-name="Liberation Sans"/></style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header><text:p text:style-name="Small">Willowmere House – Assessment report</text:p></style:header>
  <style:footer><text:p text:style-name="Small">Published 21 March 2024 · Page <text:page-number text:select-page="current"/> of <text:page-count/></text:p></style:footer>
 </style:master-page>
</office:master-styles>'''
body=[]
def p(t,st='Standard'): body.append(f'<text:p text:style-name="{st}">{t}</text:p>')
def runin(head,text,st): p(f'<text:span text:style-name="B">{E(head)}.</text:span> {E(text)}',st)
p('Willowmere House','H1')
p('Assessment report','H2')
p('Brackenford Care Ltd')
p('Willowmere House, 27 Ferncliffe Road, Ashlow, AS6 2RB')
p('Care home with nursing. Up to 48 people.')
p('Date of assessment: 8 January 2024 to 2 February 2024')
p('Date of publication: 21 March 2024')
p('Overall rating: Requires improvement','H2')
for k,r in [('Safe','Requires improvement'),('Effective','Good'),('Caring','Good'),('Responsive','Good'),('Well-led','Requires improvement')]:
    p(f'{k}<text:tab/>{r}','KL'+k[:3])
p('Our view of the service','H2')
p(E('Willowmere House is a care home providing nursing and personal care to up to 48 people, some of whom are living with dementia. At the time of our assessment 41 people were using the service. We carried out an on-site visit on 8 January 2024 and reviewed evidence off site until 2 February 2024. We assessed 15 quality statements across all five key questions. We identified 3 breaches of regulation relating to safe care and treatment, staffing and good governance. The provider has told us about the action they have started to take, and we have asked them to send us an action plan.'))
p("People’s experience of this service",'H2')
p(E('People told us staff were kind and caring, and relatives said they were made welcome. However, some people told us they waited a long time for help at night, and two relatives said call bells were not always answered promptly. People enjoyed the activities on offer and said the food was good.'))
def kq(k,intro,scores,narr,hist=None):
    p(k,'KH'+k[:3])
    p(E(intro),'K'+k[:3])
    for q,s in scores: p(f'{E(q)}<text:tab/>Score: {s}','KL'+k[:3])
    if hist: p(E(hist[0]),'Hist'); p(E(hist[1]),'K'+k[:3])
    for h,t in narr: runin(h,t,'K'+k[:3])
kq('Safe','This service was not always safe. We assessed 8 quality statements. People were not always protected from avoidable harm.',
 [('Learning culture',3),('Safe systems, pathways and transitions',3),('Safeguarding',3),('Involving people to manage risks',2),('Safe environments',3),('Safe and effective staffing',2),('Infection prevention and control',3),('Medicines optimisation',2)],
 [('Involving people to manage risks','Risks to people’s health were not always assessed or managed. Two people at high risk of choking did not have up-to-date eating and drinking plans, and repositioning charts for people at risk of pressure damage had gaps of up to 9 hours. This placed people at risk of harm. This was a breach of regulation 12 (Safe care and treatment) of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014.'),
  ('Safe and effective staffing','There were not always enough suitably trained staff deployed at night to meet people’s needs. Rotas showed the provider’s assessed staffing level had not been met on 16 nights in December 2023, and training in moving and handling had lapsed for a third of care staff. This was a breach of regulation 18 (Staffing) of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014.'),
  ('Medicines optimisation','People received their regular medicines as prescribed, but protocols for ‘when required’ medicines did not always give staff enough information about when to offer them. We recommend the provider consider current guidance on the use of ‘when required’ medicines and take action to update their practice accordingly.')])
kq('Effective','This service was effective. We assessed 2 quality statements.',
 [('Assessing needs',3),('Consent to care and treatment',2)],
 hist=('At our last inspection the provider had failed to ensure that people’s consent to care was sought in line with the law. This was a breach of regulation 11 (Need for consent) of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014.','At this assessment we found enough improvement had been made and the provider was no longer in breach of regulation 11.'),
 narr=
 [('Consent to care and treatment','Staff asked for people’s consent before supporting them. However, mental capacity assessments for the use of bed rails and sensor mats had not been reviewed when people’s needs changed. We recommend the provider seeks advice and guidance from a reputable source about applying the principles of the Mental Capacity Act 2005 when reviewing restrictions on people’s liberty.')])
kq('Caring','This service was caring. We assessed 1 quality statement.',
 [('Treating people as individuals',3)],
 [('Treating people as individuals','Staff spoke about people with warmth and knew their histories and preferences. People’s privacy was not always maintained, as two shared bathrooms had no working locks. We recommend the provider reviews how people are supported to maintain their privacy when receiving personal care in shared bathrooms.')])
kq('Responsive','This service was responsive. We assessed 2 quality statements.',
 [('Person-centred care',3),('Equity in access',3)],
 [('Person-centred care','People’s care plans described their preferences and routines, and staff knew people well. Information was not always available in accessible formats for people with sensory loss. We recommend the provider reviews how people’s communication needs are identified, recorded and shared, in line with the Accessible Information Standard.')])
kq('Well-led','This service was not consistently well-led. We assessed 2 quality statements.',
 [('Governance, management and sustainability',2),('Freedom to speak up',3)],
 [('Governance, management and sustainability','The provider’s audits had not identified the shortfalls we found in risk assessments, staffing and records. Actions from the provider’s own quality visits in October and November 2023 had not been completed. Governance systems were not effective in assessing, monitoring and improving the quality and safety of the service. This was a breach of regulation 17 (Good governance) of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014.'),
  ('Freedom to speak up','Staff said they felt able to raise concerns with the registered manager and that they were listened to. Relatives had not been asked for their views since 2022. We recommend the provider develops ways of gathering feedback from relatives and acting on what they say.')])
doc=f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
{styles}
<office:body><office:text>{''.join(body)}</office:text></office:body></office:document>'''
open('/tmp/ET-work/r3/report.fodt','w').write(doc)
