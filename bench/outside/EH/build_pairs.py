import json, random
P = []  # (a, b, kind, topic)
def para(a,b,t): P.append((a,b,"paraphrase",t))
def look(a,b,t): P.append((a,b,"lookalike",t))
def unr(a,b,t): P.append((a,b,"unrelated",t))

# ---------------- PARAPHRASES (55) ----------------
para("The trust must ensure that controlled drugs are checked daily on the surgical wards in line with the trust's medicines management policy.",
     "The service should make sure that daily controlled drug balance checks are completed and recorded on all surgical wards.",
     "acute / medicines / CD daily checks")
para("The trust must ensure that staff monitor and record patients' physical health observations following the administration of rapid tranquillisation, in line with NICE guidance. (Regulation 12)",
     "The provider must make sure that patients' vital signs are checked and documented after they have been given intramuscular medication for acutely disturbed behaviour.",
     "MH ward / RT physical health monitoring")
para("The trust must ensure that T3 certificates are kept with patients' medication charts so that nurses administer medicines under the correct legal authority.",
     "The trust should ensure that copies of consent to treatment certificates are attached to the prescription charts of detained patients on all wards.",
     "MH / MHA consent-to-treatment certificates with charts")
para("The provider must ensure that patients prescribed high-risk medicines, such as methotrexate and lithium, receive the required blood monitoring before prescriptions are issued. (Regulation 12)",
     "Ensure there is an effective system for monitoring patients on high risk medicines, including checking that blood test results are up to date prior to prescribing.",
     "GP / high-risk medicines monitoring")
para("The practice should take action to improve the uptake of cervical screening.",
     "The provider should continue to encourage eligible women to attend for cervical cancer screening, as the practice's uptake remained below the 80% national target.",
     "GP / cervical screening uptake")
para("The provider must ensure that the practice's medical emergency kit contains all the items recommended in Resuscitation Council UK guidance, including size 0 oropharyngeal airways and a child self-inflating bag.",
     "The practice should review the availability of medical emergency equipment, taking into account the guidelines issued by the Resuscitation Council (UK), as several airways and face masks were missing.",
     "dental / emergency kit contents")
para("The provider should improve the practice's protocols for auditing dental radiographs so that images are graded and audited at regular intervals, in line with current guidance.",
     "Implement an effective system for auditing the quality of X-rays taken, as required by the Ionising Radiation (Medical Exposure) Regulations 2017.",
     "dental / radiograph quality audit")
para("The registered manager must ensure that every person has a personal emergency evacuation plan which reflects their current mobility and support needs.",
     "The provider should make sure people's PEEPs are in place and kept up to date.",
     "care home / PEEPs")
para("The provider must ensure that people receive their care calls at the times agreed in their care plans and do not experience missed visits. (Regulation 12)",
     "People and relatives told us care workers were often late or did not arrive at all. The provider must take action to prevent late and missed calls.",
     "domiciliary / late and missed calls")
para("The trust must ensure that response times for category 1 and category 2 calls meet the national standards.",
     "The service should continue to work to improve its performance against the Ambulance Response Programme standards for category 1 and 2 incidents.",
     "ambulance / cat 1-2 response times")
para("The service must ensure that vehicles are deep cleaned in line with the deep-clean schedule and that records of deep cleans are maintained.",
     "Ensure that ambulances receive a scheduled deep clean at the required interval and that this is recorded.",
     "ambulance / vehicle deep cleans")
para("The trust must ensure that community nursing staff complete a pressure ulcer risk assessment, such as Waterlow, for every patient at their first visit.",
     "District nurses should consistently assess patients' risk of developing pressure damage using a recognised tool when patients are first taken onto the caseload.",
     "community nursing / pressure ulcer risk assessment at first visit")
para("The trust must ensure that medical staff complete mandatory training, including safeguarding adults level 3 and information governance. (Regulation 18)",
     "The trust should improve compliance with mandatory training among doctors, particularly fire safety and infection prevention and control, which were below the trust target.",
     "acute / medical staff mandatory training (rule 4: named courses, one issue)")
para("The trust must ensure that there are sufficient numbers of suitably qualified, competent and experienced registered nurses on the medical wards at night. (Regulation 18)",
     "This was a breach of regulation 18 (Staffing). Registered nurse staffing on the medical wards frequently fell below planned levels on night shifts.",
     "acute medicine / night nurse staffing")
para("The trust must ensure that 'fresh eyes' reviews of cardiotocograph traces are carried out hourly for women in established labour.",
     "Staff on the delivery suite should consistently complete and document hourly fresh eyes peer reviews of CTGs.",
     "maternity / CTG fresh eyes")
para("The trust must ensure that staff regularly review the risks of patients on the community mental health team waiting lists.",
     "The trust should ensure there is a system to monitor people waiting for a first assessment by the CMHTs so that any increase in risk while they wait is identified.",
     "community MH / risk monitoring of people on the waiting list")
para("The trust must ensure that ligature risk assessments are up to date and identify all ligature anchor points on the ward and how the risks are mitigated.",
     "The ward's ligature audit should be reviewed so that it includes all potential ligature points, including those in the garden and en-suite bathrooms, together with the actions taken to reduce the risk.",
     "MH ward / ligature risk assessment")
para("The trust must ensure that patients detained under the Mental Health Act have their rights explained to them on admission and at regular intervals thereafter, and that this is recorded. (Regulation 17)",
     "Staff should repeat section 132 rights with detained patients in line with the Code of Practice and record each attempt in the patient's notes.",
     "MH / s132 rights")
para("The trust must ensure that patient records on the wards are stored securely at all times, including keeping notes trolleys locked when unattended.",
     "We saw unlocked notes trolleys left unattended in ward corridors. The trust should ensure that patients' records are kept secure.",
     "acute / secure storage of records")
para("The provider must ensure that all clinical staff have completed safeguarding training at the level appropriate to their role.",
     "Ensure GPs and practice nurses complete safeguarding children training to level 3, as set out in the intercollegiate guidance.",
     "GP / safeguarding training level")
para("The practice must establish an effective system to receive and act on patient safety alerts, including MHRA alerts, and keep a record of the action taken.",
     "The provider should improve its system for receiving, sharing and acting on medicines and medical device safety alerts.",
     "GP / safety alerts")
para("The provider must ensure that staff receive regular supervision and an annual appraisal. (Regulation 18)",
     "Several staff had not received supervision for over six months. The registered manager should make sure supervisions and appraisals take place in line with the provider's policy.",
     "care home / supervision and appraisal")
para("The provider must ensure that mental capacity assessments are completed and best interests decisions recorded where people lack capacity to consent to aspects of their care. (Regulation 11)",
     "This was a breach of regulation 11 (Need for consent) of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014. Capacity assessments were not decision-specific and best interests decisions had not been recorded.",
     "care home / MCA assessments and best interests")
para("The provider must ensure that applications to deprive people of their liberty are made to the supervisory body where required.",
     "The registered manager should submit DoLS applications to the local authority for people who lack capacity and are under continuous supervision and control and not free to leave.",
     "care home / DoLS applications")
para("This was a breach of regulation 18 of the Care Quality Commission (Registration) Regulations 2009 (Notification of other incidents). The provider had not notified CQC of two allegations of abuse and a serious injury.",
     "The provider must submit statutory notifications to CQC without delay for all notifiable incidents.",
     "ASC / statutory notifications to CQC")
para("The trust should ensure that complaints are responded to within the timescales set out in its complaints policy.",
     "The trust must improve the timeliness of its responses to complaints; many responses exceeded the agreed 40 working days.",
     "acute / complaint response times")
para("The trust must ensure that resuscitation equipment in the children's emergency department is checked daily in line with trust policy. (Regulation 15)",
     "Resus trolleys in paediatric ED should be checked every day and the checks recorded.",
     "acute ED / paediatric resus trolley daily checks")
para("The trust must ensure that venous thromboembolism risk assessments are completed for all patients within 24 hours of admission.",
     "The trust should improve compliance with VTE risk assessment on admission to the surgical wards.",
     "acute / VTE risk assessment")
para("The trust should ensure that the World Health Organization surgical safety checklist is fully completed for every patient.",
     "Theatre staff must consistently complete all stages of the WHO safer surgery checklist, including the sign out.",
     "acute surgery / WHO checklist completion")
para("The trust must ensure that there are enough health visitors to deliver the mandated contacts of the Healthy Child Programme. (Regulation 18)",
     "The provider should review health visiting staffing levels so that caseloads are manageable and mandated developmental reviews can be completed.",
     "community CYP / health visitor staffing")
para("The trust must ensure that blanket restrictions on the ward are reviewed and that any restrictions are justified by individual risk assessment.",
     "The trust should review the restrictions applied to all patients on the ward, such as the locked kitchen and restricted garden access, so that they are based on each patient's assessed risk.",
     "MH ward / blanket restrictions")
para("The trust must reduce waiting times from referral to treatment for children and young people referred to specialist child and adolescent mental health services.",
     "Young people were waiting up to 52 weeks to start treatment. The trust should continue to take action to reduce waits for CAMHS treatment.",
     "CAMHS / referral-to-treatment waits")
para("The trust must ensure that there are sufficient call handlers in the emergency operations centre to answer 999 calls promptly. (Regulation 18)",
     "The service should improve 999 call answer times by increasing the number of emergency medical dispatchers on each shift.",
     "ambulance EOC / call handler staffing")
para("The service must ensure that medicines, including controlled drugs, are stored securely on vehicles and at stations. (Regulation 12)",
     "The provider must ensure that morphine and other controlled drugs carried by crews are kept secure, with access restricted to authorised staff.",
     "ambulance / secure storage of CDs")
para("The provider must ensure that recruitment checks, including a Disclosure and Barring Service check and evidence of conduct in previous employment, are completed for all staff before they start work. (Regulation 19)",
     "This was a breach of regulation 19 (Fit and proper persons employed). The practice had not obtained references or DBS checks for two dental nurses before they began working with patients.",
     "dental / pre-employment checks")
para("The provider should ensure that all clinical staff have received the hepatitis B vaccination and that the effectiveness of the vaccination is checked.",
     "Improve the practice's systems to ensure evidence of immunity to hepatitis B is held for all clinical staff.",
     "dental / hep B immunity")
para("The practice should implement the recommendations of its legionella risk assessment, including monthly hot and cold water temperature testing.",
     "The provider must take action on the findings of the Legionella risk assessment; water temperatures had not been monitored since the assessment was carried out.",
     "dental / legionella actions")
para("The provider must ensure that patients with long-term conditions, such as diabetes and asthma, receive their annual reviews. (Regulation 12)",
     "The practice should improve the uptake of structured reviews for patients with long-term conditions.",
     "GP / LTC reviews")
para("The practice should improve telephone access so that patients can get through to make an appointment.",
     "Take action to improve patient satisfaction with how easy it is to get through to the practice by phone, as reflected in the GP Patient Survey results.",
     "GP / telephone access")
para("The provider must ensure that blank prescription forms are stored securely and that their use is tracked through the practice.",
     "Ensure prescription stationery is securely held and monitored in line with NHS Counter Fraud Authority guidance.",
     "GP / prescription stationery security")
para("The provider must ensure that people's medicines administration records are accurately completed and that there are no unexplained gaps. (Regulation 12)",
     "We found gaps on MAR charts where staff had not signed to show whether medicines had been given. The registered manager should make sure staff sign MARs each time they administer a medicine.",
     "care home / MAR gaps")
para("The provider must ensure that protocols are in place for 'as required' medicines so that staff know when to give them.",
     "PRN protocols should be in place for each person prescribed medicines to be taken as and when needed.",
     "ASC / PRN protocols")
para("The provider should ensure that people at risk of malnutrition have their weight monitored and that action is taken when they lose weight.",
     "People's weights were not consistently monitored. The provider must ensure that risks relating to people's nutrition are monitored and acted on. (Regulation 14)",
     "care home / weight monitoring")
para("The registered provider must ensure that its quality assurance systems are effective in identifying shortfalls and driving improvement. (Regulation 17)",
     "This was a breach of regulation 17 (Good governance). The provider's audits had failed to identify the issues we found at this inspection.",
     "ASC / effectiveness of audits")
para("The provider should make sure that care plans are person-centred and include people's life histories, preferences and interests.",
     "Care plans were task-focused. We recommend the provider reviews people's care plans to ensure they reflect their individual preferences and what is important to them.",
     "ASC / person-centred care plans")
para("The trust must reduce the backlog of patients waiting for follow-up appointments in ophthalmology.",
     "The trust should address the number of overdue follow-up appointments in the eye clinic.",
     "outpatients / ophthalmology follow-up backlog")
para("The trust must ensure that handovers of patients from ambulance crews to emergency department staff take place within 15 minutes of arrival.",
     "The trust should work to reduce delays in handing over patients who arrive at the emergency department by ambulance.",
     "acute ED / ambulance handover delays")
para("The trust must ensure that food and fluid balance charts are fully completed for patients at risk of malnutrition or dehydration. (Regulation 14)",
     "The trust should make sure nutrition and hydration charts are accurately completed and totalled on the medical wards.",
     "acute / food and fluid charts")
para("The trust must ensure that it meets the requirements of the duty of candour, including giving written notification and an apology after a notifiable safety incident. (Regulation 20)",
     "Letters to patients following incidents causing moderate harm were not always sent. The trust should ensure that the duty of candour is applied consistently.",
     "acute / duty of candour")
para("The trust must ensure that the division's risk register accurately reflects current risks, with mitigating actions and review dates.",
     "The service should ensure divisional risk registers are kept up to date and that each risk has an owner and actions.",
     "acute / divisional risk register")
para("The trust must ensure that repairs on the ward are completed in a timely manner; there was damaged flooring and broken furniture on Beech ward.",
     "The trust should ensure that the estates team resolves outstanding maintenance issues on the acute wards promptly.",
     "MH ward / maintenance and repairs")
para("The trust must ensure that patients' care plans are personalised, holistic and recovery-orientated and reflect the patient's own views. (Regulation 9)",
     "Care plans on the rehabilitation wards should capture patients' own voice and recovery goals.",
     "MH / personalised care plans")
para("The trust should ensure that staff in the community hospitals complete falls risk assessments for all patients on admission.",
     "The trust must ensure that a falls risk assessment is completed for every patient admitted to the community inpatient wards and reviewed whenever their condition changes.",
     "community inpatients / falls risk assessment")
para("The provider must ensure that NEWS2 scores are calculated correctly and that staff follow the escalation process when a patient is deteriorating. (Regulation 12)",
     "The service should make sure staff escalate patients whose early warning scores reach the trigger threshold, in line with the deteriorating patient policy.",
     "independent hospital / NEWS2 escalation")
para("The trust must ensure that patients in the emergency department are screened for sepsis and that the sepsis pathway is followed, including administering antibiotics within one hour.",
     "This was a breach of regulation 12 (Safe care and treatment). Staff in the ED did not consistently screen patients for sepsis or complete the Sepsis Six bundle within the hour.",
     "acute ED / sepsis screening and bundle")

# ---------------- LOOKALIKES (55) ----------------
look("The trust must ensure that controlled drugs are checked daily on the surgical wards in line with the trust's medicines management policy.",
     "The trust must ensure that controlled drug discrepancies on the surgical wards are reported as incidents and investigated promptly.",
     "acute / CD daily checks vs discrepancies investigated")
look("The trust must ensure that staff monitor and record patients' physical health observations following the administration of rapid tranquillisation.",
     "The trust must ensure that rapid tranquillisation is prescribed and administered within the trust's policy, including not exceeding the BNF maximum doses.",
     "MH / RT monitoring vs RT prescribing within limits")
look("The trust should ensure that copies of consent to treatment certificates are attached to the prescription charts of detained patients.",
     "The trust must ensure that a second opinion appointed doctor is requested before the end of the three-month period for patients who do not consent to their treatment.",
     "MH / T3 copies with charts vs SOAD requested in time")
look("The provider must ensure that patients prescribed lithium receive blood monitoring before repeat prescriptions are issued.",
     "The provider must ensure that patients prescribed valproate who could become pregnant are enrolled in a pregnancy prevention programme and have an annual specialist review.",
     "GP / lithium monitoring vs valproate PPP")
look("The provider must ensure that the practice's medical emergency kit contains all the items recommended in Resuscitation Council UK guidance.",
     "The provider must ensure that all members of the dental team complete medical emergencies and basic life support training every year.",
     "dental / emergency kit vs BLS training")
look("The registered manager must ensure that every person has a personal emergency evacuation plan which reflects their current mobility needs.",
     "The provider must ensure that fire drills take place regularly and that all night staff have taken part in an evacuation drill.",
     "care home / PEEPs vs fire drills")
look("The provider must ensure that people receive their care calls at the times agreed in their care plans and do not experience late calls.",
     "The provider must ensure that two care workers attend calls where people's moving and handling risk assessments state that two staff are needed.",
     "domiciliary / call timing vs double-up calls staffed")
look("The trust must ensure that response times for category 1 and category 2 calls meet the national standards.",
     "The trust must ensure that patients waiting for an ambulance have welfare calls and clinical reviews from the control room at the intervals set out in its policy.",
     "ambulance / response times vs clinical review of waiting patients")
look("The service must ensure that vehicles are deep cleaned in line with the deep-clean schedule and that records of deep cleans are maintained.",
     "The service must ensure that crews clean vehicles and equipment between patients and that cleaning wipes are available on every vehicle.",
     "ambulance / scheduled deep clean vs between-patient cleaning")
look("The trust must ensure that community nursing staff complete a pressure ulcer risk assessment for every patient at their first visit.",
     "The trust must ensure that category 3 and 4 pressure ulcers acquired on the community nursing caseload are reported as incidents and investigated.",
     "community nursing / PU risk assessment vs PU incidents investigated")
look("The trust must ensure that there are sufficient numbers of suitably qualified registered nurses on the medical wards at night. (Regulation 18)",
     "The trust must ensure that a registered children's nurse is on duty in the emergency department at all times. (Regulation 18)",
     "acute / nurse numbers medical wards vs RSCN in ED")
look("The trust must ensure that 'fresh eyes' reviews of cardiotocograph traces are carried out hourly for women in established labour.",
     "The trust must ensure that midwives and obstetricians complete annual CTG interpretation training and pass the competency assessment.",
     "maternity / fresh eyes in practice vs CTG training and competency")
look("The trust must ensure that ligature risk assessments are up to date and identify all ligature anchor points on the ward.",
     "The trust must ensure that ligature cutters are available in an accessible place on each ward and that all staff know where they are kept.",
     "MH / ligature risk assessment vs ligature cutters")
look("The trust must ensure that patients detained under the Mental Health Act have their rights explained to them on admission and at regular intervals.",
     "The trust must ensure that informal patients are told of their right to leave the ward and that a notice explaining this is displayed by the locked door.",
     "MH / detained patients' s132 rights vs informal patients' right to leave")
look("The trust must ensure that patient records on the wards are stored securely at all times.",
     "The trust must ensure that entries in patient records are legible, signed, dated and made contemporaneously.",
     "acute / records security vs records quality")
look("The practice must establish an effective system to receive and act on patient safety alerts, including MHRA alerts.",
     "The practice must ensure that significant events are recorded and investigated and that learning is shared with all staff.",
     "GP / safety alerts vs significant events")
look("The provider must ensure that staff receive regular supervision and an annual appraisal. (Regulation 18)",
     "The provider must ensure that new staff complete an induction and the Care Certificate before working unsupervised. (Regulation 18)",
     "care home / supervision vs induction and Care Certificate")
look("The provider must ensure that mental capacity assessments are completed and best interests decisions recorded where people lack capacity. (Regulation 11)",
     "The provider must ensure that, where a relative states they hold a lasting power of attorney for health and welfare, this is verified and a copy kept before they consent on the person's behalf. (Regulation 11)",
     "care home / MCA assessments vs LPA verification")
look("The provider must ensure that applications to deprive people of their liberty are made to the supervisory body where required.",
     "The provider must ensure that conditions attached to people's DoLS authorisations are met and that progress against them is recorded.",
     "care home / DoLS applications vs DoLS conditions met")
look("The provider must submit statutory notifications to CQC without delay for all allegations of abuse.",
     "The provider must ensure that all allegations of abuse are referred to the local authority safeguarding team.",
     "ASC / notify CQC vs refer to LA safeguarding")
look("The trust should ensure that complaints are responded to within the timescales set out in its complaints policy.",
     "The trust should ensure that learning from complaints is shared with ward staff and used to improve the service.",
     "acute / complaint timeliness vs complaint learning")
look("The trust must ensure that venous thromboembolism risk assessments are completed for all patients within 24 hours of admission.",
     "The trust must ensure that patients receive the VTE prophylaxis prescribed following their risk assessment and that omitted doses are recorded with a reason.",
     "acute / VTE assessment vs prophylaxis given")
look("Theatre staff must consistently complete all stages of the WHO safer surgery checklist, including the sign out.",
     "The trust should ensure that compliance with the WHO surgical safety checklist is audited through observation of practice, not only by reviewing the paperwork.",
     "surgery / WHO completion vs observational audit")
look("The trust must reduce waiting times from referral to treatment for children and young people referred to specialist CAMHS.",
     "The trust must ensure that young people referred urgently to the community eating disorder service are seen within the one-week national access standard.",
     "CAMHS / general RTT vs CYP eating disorder urgent standard")
look("The trust must ensure that there are sufficient call handlers in the emergency operations centre to answer 999 calls promptly.",
     "The trust must ensure that call handlers' calls are audited at the frequency required by the NHS Pathways licence.",
     "ambulance EOC / call handler numbers vs call audit")
look("The provider must ensure that recruitment checks, including a DBS check and references, are completed for all staff before they start work. (Regulation 19)",
     "The provider must ensure that all dental clinicians are registered with the General Dental Council and have professional indemnity cover in place. (Regulation 19)",
     "dental / pre-employment DBS/refs vs GDC registration and indemnity")
look("The provider should ensure that all clinical staff have received the hepatitis B vaccination and that the effectiveness of the vaccination is checked.",
     "The provider must ensure that sharps are handled safely, using a safer sharps system or a documented risk assessment for the use of traditional needles.",
     "dental / hep B immunity vs safer sharps")
look("The practice should implement the recommendations of its legionella risk assessment, including monthly hot and cold water temperature testing.",
     "The practice must ensure that dental unit waterlines are flushed and disinfected in line with the manufacturer's instructions.",
     "dental / legionella water temps vs DUWL management")
look("The provider must ensure that patients with long-term conditions, such as diabetes and asthma, receive their annual reviews.",
     "The provider must ensure that long-term conditions are coded accurately in patients' records so that patients are on the correct disease registers.",
     "GP / LTC reviews done vs LTC coding")
look("The practice should take action to improve the uptake of cervical screening.",
     "The practice must ensure that cervical screening samples are tracked so that a result is received for every sample taken.",
     "GP / screening uptake vs sample tracking")
look("The provider must ensure that blank prescription forms are stored securely and that their use is tracked.",
     "The provider must ensure that repeat prescriptions are only reauthorised after a structured medication review when one is due.",
     "GP / prescription stationery vs medication reviews")
look("The provider must ensure that people's medicines administration records are accurately completed and that there are no unexplained gaps.",
     "The provider must ensure that handwritten entries on people's MAR charts are checked and signed by a second trained member of staff.",
     "care home / MAR gaps vs handwritten transcription double-signed")
look("The provider must ensure that protocols are in place for 'as required' medicines so that staff know when to give them.",
     "The provider must ensure staff record the reason for giving 'as required' pain relief and whether it was effective.",
     "ASC / PRN protocols exist vs PRN reason and outcome recorded")
look("The provider should ensure that people at risk of malnutrition have their weight monitored and that action is taken when they lose weight.",
     "The provider must ensure that people who need a texture-modified diet receive food prepared to the IDDSI level recommended by the speech and language therapist.",
     "care home / weight monitoring vs modified diets")
look("The registered provider must ensure that its quality assurance systems are effective in identifying shortfalls and driving improvement. (Regulation 17)",
     "The registered provider must seek feedback from people, relatives and staff and use it to improve the service. (Regulation 17)",
     "ASC / audits vs seeking feedback")
look("The provider should make sure that care plans are person-centred and include people's life histories, preferences and interests.",
     "The provider must ensure that care plans are reviewed monthly and updated promptly when people's needs change.",
     "ASC / care plan content vs care plan review")
look("The trust must reduce the backlog of patients waiting for follow-up appointments in ophthalmology.",
     "The trust must ensure that clinic letters from ophthalmology outpatients are typed and sent to GPs within the trust's target of 10 working days.",
     "outpatients / follow-up backlog vs clinic letter turnaround")
look("The trust must ensure that handovers of patients from ambulance crews to emergency department staff take place within 15 minutes of arrival.",
     "The trust must ensure that patients cared for in the emergency department corridor receive regular observations and have access to a call bell.",
     "acute ED / handover delays vs safety of corridor care")
look("The trust must ensure that food and fluid balance charts are fully completed for patients at risk of malnutrition or dehydration.",
     "The trust must ensure that patients who need help to eat and drink receive assistance at mealtimes and that the red tray system is followed.",
     "acute / food and fluid charts vs mealtime assistance")
look("The trust must ensure that it meets the requirements of the duty of candour, including giving written notification and an apology after a notifiable safety incident.",
     "The trust must ensure that serious incidents are investigated and that investigation reports are completed within 60 working days.",
     "acute / duty of candour vs SI investigation timeliness")
look("The trust must ensure that the division's risk register accurately reflects current risks, with mitigating actions and review dates.",
     "The trust must ensure that the board assurance framework reflects the trust's principal strategic risks and the controls in place.",
     "acute / divisional risk register vs BAF")
look("The trust must ensure that repairs on the ward are completed in a timely manner; there was damaged flooring and broken furniture.",
     "The trust must ensure that the ward is cleaned in line with its cleaning schedules, including the bathrooms and the seclusion room.",
     "MH ward / maintenance vs cleaning")
look("The trust must ensure that patients' care plans are personalised, holistic and recovery-orientated and reflect the patient's own views.",
     "The trust must ensure that patients are offered a copy of their care plan and that this is recorded.",
     "MH / care plan content vs copy offered")
look("The trust should ensure that staff in the community hospitals complete falls risk assessments for all patients on admission.",
     "The trust must ensure that patients who have an unwitnessed fall or hit their head receive neurological observations and a medical review in line with the post-falls protocol.",
     "community inpatients / falls risk assessment vs post-fall care")
look("The provider must ensure that NEWS2 scores are calculated correctly and that staff escalate patients whose scores reach the trigger threshold.",
     "The provider must ensure that a resident medical officer is available on site at all times to respond to deteriorating patients.",
     "independent hospital / NEWS2 escalation vs RMO cover")
look("The provider must ensure that all clinical staff have completed safeguarding training at the level appropriate to their role.",
     "The practice must ensure that its register of vulnerable children is kept up to date and reviewed at regular meetings with the health visitor.",
     "GP / safeguarding training vs safeguarding register")
look("The trust must ensure that resuscitation equipment in the children's emergency department is checked daily in line with trust policy.",
     "The trust must ensure that a member of staff with paediatric life support training is on duty in the children's emergency department on every shift.",
     "acute ED / paeds resus trolley checks vs PLS-trained staff on shift")
look("The trust must ensure that medical staff complete mandatory training, including safeguarding adults level 3 and information governance.",
     "The trust must ensure that all doctors on the surgical rota have an up-to-date appraisal and job plan.",
     "acute / medical mandatory training vs appraisal and job plans")
look("The trust must ensure that there are enough health visitors to deliver the mandated contacts of the Healthy Child Programme.",
     "The trust must ensure that health visitors receive safeguarding supervision at least every three months.",
     "community CYP / HV numbers vs safeguarding supervision")
look("The trust must ensure that blanket restrictions on the ward are reviewed and that any restrictions are justified by individual risk assessment.",
     "The trust must ensure that searches of patients returning from leave are carried out in line with the search policy and that each search is recorded.",
     "MH ward / blanket restrictions vs searches")
look("The trust must ensure that patients presenting to the emergency department with mental health needs are assessed by the liaison psychiatry team within one hour of referral.",
     "The trust must ensure that the room used for mental health assessments in the emergency department meets the Psychiatric Liaison Accreditation Network standards for safety.",
     "acute ED / liaison response time vs assessment room safety")
look("The service must ensure that medicines, including controlled drugs, are stored securely on vehicles and at stations.",
     "The service must ensure that controlled drug registers at stations are completed accurately, with every entry signed and witnessed.",
     "ambulance / CD secure storage vs CD register entries")
look("The practice should improve telephone access so that patients can get through to make an appointment.",
     "The practice should ensure that online appointment booking is available and promoted to patients.",
     "GP / phone access vs online booking")
look("The provider must ensure that gaps in staff members' employment histories are explored at interview and a written explanation is recorded. (Regulation 19)",
     "The provider must ensure that staff members' right to work in the UK is checked and that any visa conditions, including limits on working hours, are monitored. (Regulation 19)",
     "domiciliary / employment history gaps vs right to work")
look("The provider must ensure that patients have a cooling-off period of at least two weeks between their consultation and cosmetic surgery.",
     "The provider must ensure that patients receive written information about the risks, costs and alternatives before they consent to cosmetic surgery.",
     "independent hospital / cooling-off vs written information before consent")

# ---------------- UNRELATED (10) ----------------
unr("The practice should review its arrangements for identifying carers and offering them support.",
    "The trust must ensure that defibrillators on its vehicles are serviced in line with the manufacturer's guidance.", "GP carers vs ambulance equipment")
unr("The provider should improve the information about how to make a complaint that is displayed in the waiting room.",
    "The trust must ensure that seclusion is reviewed by a doctor within the timescales set out in the Mental Health Act Code of Practice.", "dental complaints info vs MH seclusion reviews")
unr("The provider must ensure that hot water outlets accessible to people are fitted with thermostatic mixing valves to reduce the risk of scalding.",
    "The trust should ensure that its current CQC ratings are displayed on its website. (Regulation 20A)", "care home water temps vs ratings display")
unr("The trust must ensure that babies receive the newborn and infant physical examination within 72 hours of birth.",
    "The practice must ensure that staff personnel files include evidence of current professional registration.", "maternity NIPE vs GP personnel files")
unr("The trust should ensure that professional interpreters are used for patients whose first language is not English, rather than family members.",
    "The trust must ensure that there are enough anaesthetic practitioners to staff the theatre recovery area.", "community interpreters vs theatre staffing")
unr("The trust should ensure that patients on the acute wards have access to psychological therapies.",
    "The provider must ensure that its statement of purpose is kept up to date and sent to CQC when it changes.", "MH psychology vs domiciliary statement of purpose")
unr("The trust must ensure that its vehicle fleet is serviced and maintained within the manufacturer's recommended intervals.",
    "The practice should carry out an audit of antimicrobial prescribing in line with current guidance.", "ambulance fleet vs dental antimicrobial audit")
unr("The practice must ensure that the emergency oxygen cylinder is checked regularly and that it is full.",
    "The provider should ensure that people are supported to take part in activities that are meaningful to them.", "GP oxygen vs care home activities")
unr("The trust must ensure that the board receives regular assurance about concerns raised through the Freedom to Speak Up Guardian.",
    "The service should ensure that patients' medical histories are updated at every dental appointment.", "trust FTSU vs community dental medical history")
unr("This was a breach of regulation 10 (Dignity and respect). Staff left people's bedroom doors open while they were being supported with personal care.",
    "The trust must ensure that sharps bins are not overfilled and that they are labelled and dated when assembled.", "care home dignity vs acute sharps")

from collections import Counter
c = Counter(k for _,_,k,_ in P)
print(c, len(P))
assert c["paraphrase"]==55 and c["lookalike"]==55 and c["unrelated"]==10
texts=[(a,b) for a,b,_,_ in P]
assert len(set(texts))==len(texts)
rng = random.Random(4141)
rng.shuffle(P)
with open("/work/blind/EH/pairs.jsonl","w") as f:
    for i,(a,b,k,t) in enumerate(P,1):
        if rng.random()<0.5: a,b=b,a
        f.write(json.dumps({"id":f"EH-{i:03d}","a":a,"b":b,"same":k=="paraphrase","kind":k,"split":"EH","topic":t},ensure_ascii=False)+"\n")
