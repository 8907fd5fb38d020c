# -*- coding: utf-8 -*-
TRUST = "Calderbrook Hospitals NHS Foundation Trust"
LOC = "Calderbrook Royal Infirmary"
ADDR = ["Moorside Road", "Calderbrook", "West Yorkshire", "HX9 4TB"]
TEL = "01422 390100"
WEB = "www.calderbrookhospitals.nhs.uk"
VISIT = "12 to 14 March 2019"
PUB = "21 June 2019"
PUBNUM = "21/06/2019"

# statements: (key, kind, group_tag, text)
MED = dict(
 file="medical_care.pdf", service="Medical care (including older people's care)",
 short="medical care",
 ratings=dict(overall="Requires improvement", safe="Requires improvement", effective="Requires improvement",
              caring="Good", responsive="Requires improvement", well_led="Requires improvement"),
 trend="went down",
 musts=[
 ("m1","MT","The trust must ensure that nursing and medical staff complete mandatory training, including safeguarding adults and children training, in line with the trust target of 90%. (Regulation 18(2)(a))"),
 ("m2","NURSESTAFF","The trust must ensure that there are sufficient numbers of suitably qualified, competent and experienced nursing staff on medical wards, including at night, to meet patients' needs. (Regulation 18(1))"),
 ("m3","NEWS","The trust must ensure that staff calculate National Early Warning Scores accurately and escalate deteriorating patients in line with trust policy. (Regulation 12(2)(a)(b))"),
 ("m4","FRIDGE","The trust must ensure that medicines requiring refrigeration are stored within the recommended temperature range and that fridge temperatures are recorded every day. (Regulation 12(2)(g))"),
 ("m5","RESUS","The trust must ensure that resuscitation trolleys and emergency equipment are checked daily in line with trust policy. (Regulation 12(2)(e))"),
 ("m6","RECCOMP","The trust must ensure that nursing records, including risk assessments and care plans, are fully completed, accurate and kept up to date. (Regulation 17(2)(c))"),
 ("m7","MCA","The trust must ensure that staff carry out and record mental capacity assessments and best interests decisions for patients who may lack capacity to consent. (Regulation 11(1))"),
 ("m8","RISKREG","The trust must ensure that risks to the service are recorded on the risk register with clear actions, named owners and review dates. (Regulation 17(2)(b))"),
 ],
 shoulds=[
 ("m9","MT","The trust should ensure that all medical staff complete basic and immediate life support training."),
 ("m10","NIV","The trust should ensure that nurses caring for patients on non-invasive ventilation have completed the respiratory competency framework and been signed off as competent."),
 ("m11","APPRAISAL","The trust should ensure that all staff receive an annual appraisal."),
 ("m12","MEDSTAFF","The trust should ensure there is enough senior medical cover on the wards out of hours and at weekends."),
 ("m13","DOLS","The trust should ensure that applications to authorise a deprivation of liberty are made when needed and that their status is tracked."),
 ("m14","LEARN","The trust should ensure that learning from incidents is shared with staff on all medical wards."),
 ("m15","VTE","The trust should ensure that venous thromboembolism risk assessments are completed within 24 hours of admission."),
 ("m16","DEMENTIA","The trust should ensure that patients living with dementia have a personalised care plan that reflects their individual needs and preferences."),
 ("m17","COMPLAINT","The trust should ensure that complaints are responded to within the timescales set out in its complaints policy."),
 ("m18","HAND","The trust should ensure that staff follow trust policy on hand hygiene and being bare below the elbows."),
 ("m19","FLOW","The trust should continue to reduce the number of patients moved between wards at night for non-clinical reasons."),
 ],
 # chapter repeat: list of keys, or (newkey, group, text) for a near-repeat
 repeat_musts=["m1","m2","m3","m4","m5","m6","m7","m8"],
 repeat_shoulds=["m9","m10","m11","m12","m13","m14","m15","m16","m17","m18","m19"],
)

SUR = dict(
 file="surgery.pdf", service="Surgery", short="surgery",
 ratings=dict(overall="Requires improvement", safe="Requires improvement", effective="Good",
              caring="Good", responsive="Requires improvement", well_led="Requires improvement"),
 trend="stayed the same",
 musts=[
 ("a1","WHO","The trust must ensure that all steps of the World Health Organization (WHO) five steps to safer surgery checklist are completed for every patient and that compliance is audited. (Regulation 12(2)(a))"),
 ("a2","FRIDGE","The trust must make sure that medicine fridge temperatures on surgical wards and in theatres are checked and recorded daily, and that action is taken when readings are out of range. (Regulation 12(2)(g))"),
 ("a3","MT","The trust must ensure that staff in surgery complete their mandatory training, including level 3 safeguarding children training where required. (Regulation 18(2)(a))"),
 ("a4","RECSEC","The trust must ensure that patient records are stored securely and that notes trolleys are locked when not in use. (Regulation 17(2)(d))"),
 ("a5","DOC","The trust must ensure that it meets the requirements of the duty of candour, including providing a written apology to patients or their relatives after a notifiable safety incident. (Regulation 20)"),
 ("a6","HARM","The trust must ensure that patients waiting for surgery beyond their target date are reviewed by a clinician for potential harm. (Regulation 12(1))"),
 ],
 shoulds=[
 ("a7","NEWS","The trust should ensure that staff escalate patients with raised early warning scores to medical staff promptly, as set out in the deteriorating patient policy."),
 ("a8","SEPSIS","The trust should ensure that patients with suspected sepsis are screened using the sepsis tool and receive antibiotics within one hour."),
 ("a9","APPRAISAL","The trust should ensure that theatre staff have an up-to-date appraisal."),
 ("a10","RISKREG","The trust should ensure that the surgical division's risk register reflects current risks and that mitigating actions are reviewed in a timely way."),
 ("a11","POLICY","The trust should ensure that clinical policies and guidelines are reviewed by their due date and reflect current national guidance."),
 ("a12","EQUIPSERV","The trust should ensure that all electrical equipment has been safety tested and serviced within the manufacturer's recommended timescales."),
 ("a13","RTT","The trust should continue to work to reduce the number of patients waiting more than 18 weeks from referral to treatment."),
 ("a14","MCA","The trust should ensure that staff apply the Mental Capacity Act 2005 when seeking consent from patients who may lack capacity."),
 ("a15","CONSENTFORM","The trust should ensure that consent forms are fully completed, including the risks discussed, and that patients are offered a copy."),
 ("a16","VTE","The trust should ensure that venous thromboembolism (VTE) risk assessments are completed for all surgical patients."),
 ("a17","COMPLAINT","The trust should make sure complaints about surgical services are investigated and closed in line with the timescales in the trust's complaints policy."),
 ],
 repeat_musts=["a1","a2",("a3x","MT","The trust must ensure that surgical staff complete their mandatory training, including level 3 safeguarding children training where required. (Regulation 18(2)(a))"),"a4","a5","a6"],
 repeat_shoulds=["a7","a8","a9","a10","a11","a12","a13","a14","a15","a16","a17"],
)

MAT = dict(
 file="maternity.pdf", service="Maternity", short="maternity",
 ratings=dict(overall="Requires improvement", safe="Inadequate", effective="Requires improvement",
              caring="Good", responsive="Good", well_led="Requires improvement"),
 trend="went down",
 musts=[
 ("b1","MIDSTAFF","The trust must ensure that there are enough midwives with the right skills on duty at all times to provide one-to-one care in established labour. (Regulation 18(1))"),
 ("b2","MT","The trust must ensure that midwives and obstetric medical staff complete mandatory training, including adult and neonatal life support and safeguarding children level 3, to meet the trust's target. (Regulation 18(2)(a))"),
 ("b3","CTGCOMP","The trust must ensure that all staff who interpret cardiotocographs have their competency assessed and signed off every year. (Regulation 18(2)(a))"),
 ("b4","INCINV","The trust must ensure that incidents are investigated in a timely manner and that serious incident investigations are completed within national timescales. (Regulation 17(2)(b))"),
 ("b5","DOC","The trust must ensure that staff apply the duty of candour and that women and families receive written information following a notifiable safety incident. (Regulation 20)"),
 ("b6","NEWS","The trust must ensure that staff complete the modified early obstetric warning score (MEOWS) for women and escalate concerns when scores are raised. (Regulation 12(2)(a))"),
 ("b7","POLICY","The trust must ensure that maternity guidelines are reviewed and updated by their review date. (Regulation 17(2)(a))"),
 ("b8","SECURE","The trust must ensure that the maternity unit is secure and that access to the ward areas is controlled at all times. (Regulation 15(1)(b))"),
 ],
 shoulds=[
 ("b9","MEDSECURE","The trust should ensure that medicines are stored securely and that treatment rooms are kept locked when not in use."),
 ("b10","RESUS","The trust should ensure that neonatal resuscitaires and emergency equipment are checked every day and that checks are recorded."),
 ("b11","SUPERV","The trust should ensure that midwives have access to regular clinical supervision."),
 ("b12","LEARN","The trust should ensure that lessons learned from incidents are shared with midwives and medical staff across the service."),
 ("b13","WHO","The trust should ensure that the WHO surgical safety checklist is fully completed for every woman undergoing a procedure in the obstetric theatres."),
 ("b14","HAND","The trust should ensure that staff comply with hand hygiene requirements."),
 ("b15","RECCOMP","The trust should ensure that midwives complete all sections of women's maternity records, including risk assessments at each antenatal contact."),
 ("b16","CULTURE","The trust should take action to address staff concerns about bullying and improve working relationships between midwives and obstetricians."),
 ],
 repeat_musts=["b1","b2","b3","b4","b5","b6","b7","b8"],
 repeat_shoulds=[("b9x","MEDSECURE","The trust should ensure that medicines are stored securely and that clean utility rooms are kept locked when not in use."),"b10","b11","b12","b13","b14","b15","b16"],
)
REPORTS = [MED, SUR, MAT]
