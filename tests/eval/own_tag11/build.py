"""Build tests/eval/own_tag11/{statements,labels}.jsonl from the table below (written and labelled by
hand from reference §9.4 / §8 / §9.2 before the tagger was run on them)."""
import json
from pathlib import Path

MED = "Medical care (including older people's care)"
SURG = "Surgery"
UEC = "Urgent and emergency care"
MAT = "Maternity"
CYP = "Services for children and young people"
EOL = "End of life care"
OPD = "Outpatients"
DI = "Diagnostic imaging"
CHA = "Community health services for adults"
CHI = "Community health inpatient services"
CCYP = "Community health services for children, young people and families"
AMH = "Acute wards for adults of working age and psychiatric intensive care units"
CMH = "Community-based mental health services for adults of working age"
CAMHS = "Child and adolescent mental health wards"
OPMH = "Wards for older people with mental health problems"
REHAB = "Long stay or rehabilitation mental health wards for working age adults"
CRISIS = "Mental health crisis services and health-based places of safety"
LD = "Wards for people with a learning disability or autism"
AMB = "Emergency and urgent care (ambulance)"
DENT = "Dental practice"
NONE = None

S, E, C, R, W = "Safe", "Effective", "Caring", "Responsive", "Well-led"

# (kind, service, text, kq, kq_also, category, regulations)
ROWS = [
    ("must", MED, "The trust must ensure that oral syringes and medicines for enteral feeding are kept in a locked cupboard and that the keys are held by a registered nurse.", S, None, "Safe > Medicines", ["12"]),
    ("should", NONE, "The practice should review the arrangements for checking uncollected prescriptions so that vulnerable patients who have not collected their medicines are followed up.", S, None, "Safe > Medicines", ["12"]),
    ("must", NONE, "The registered person must ensure that people's topical creams are applied as prescribed and that body maps show where each one should be applied.", S, None, "Safe > Medicines", ["12"]),
    ("must", CMH, "Ensure that staff record the physical health observations of patients prescribed high-dose antipsychotic therapy, in line with the trust's monitoring protocol. (Regulation 12(2)(b))", S, E, "Safe > Medicines management", ["12"]),
    ("should", DENT, "The practice should ensure that the glucagon in the emergency kit is stored in line with the manufacturer's guidance and that its shortened expiry date is recorded.", S, None, "Safe > Medicines", ["12"]),
    ("must", SURG, "The hospital must make sure that staff decontaminate their hands between patient contacts and follow the bare below the elbows policy in theatres.", S, None, "Safe > Cleanliness, infection control and hygiene", ["12"]),
    ("should", NONE, "We recommend the provider reviews how soiled laundry is segregated and transported so that it is not carried through the dining room.", S, None, "Safe > Cleanliness, infection control and hygiene", ["12"]),
    ("must", DENT, "The provider must ensure instruments are processed in line with HTM 01-05, including validation of the autoclave cycles and daily testing of the ultrasonic bath.", S, None, "Safe > Cleanliness, infection control and hygiene", ["12"]),
    ("should", CHI, "The service should ensure commodes and shower chairs are cleaned after each use and labelled to show this has been done.", S, None, "Safe > Cleanliness, infection control and hygiene", ["12"]),
    ("must", UEC, "The trust must ensure that the resuscitation trolleys in the emergency department are checked daily and that expired equipment is replaced.", S, None, "Safe > Environment and equipment", ["15"]),
    ("must", AMH, "The trust must ensure that the ligature risk assessment for each ward identifies all anchor points and states how the risks are managed.", S, None, "Safe > Safe and clean environment", ["12"]),
    ("should", NONE, "The practice should make sure that electrical equipment is safety tested and clinical equipment calibrated on the schedule the manufacturer sets.", S, None, "Safe > Environment and equipment", ["15"]),
    ("must", NONE, "The provider must ensure radiators and hot water pipes are covered to protect people from the risk of burns, and that window opening restrictors are fitted on upper floors.", S, None, "Safe > Environment and equipment", ["15"]),
    ("must", AMB, "The service must ensure that ambulances carry working suction units and that the oxygen cylinders on each vehicle are secured during transport.", S, None, "Safe > Environment and equipment", ["15"]),
    ("should", DI, "The service should ensure that the local rules for each x-ray room are displayed and reviewed annually.", S, None, "Safe > Environment and equipment", []),
    ("must", MED, "The trust must ensure that staff escalate patients whose early warning score triggers a medical review, and that the escalation is documented.", S, None, "Safe > Assessing and responding to patient risk", ["12"]),
    ("must", CHA, "Staff must complete a pressure area assessment for every patient at the first visit and repeat it when the patient's condition changes.", S, None, "Safe > Assessing and responding to patient risk", ["12"]),
    ("should", MAT, "The service should make sure midwives complete fresh eyes reviews of cardiotocograph traces every hour during labour.", S, None, "Safe > Assessing and responding to patient risk", ["12"]),
    ("must", NONE, "The provider must ensure that people at risk of choking have their food prepared to the texture their speech and language therapist recommended.", S, E, "Safe > Assessing risk, safety monitoring and management", ["12"]),
    ("should", UEC, "The department should ensure that patients arriving by ambulance are triaged within 15 minutes of arrival.", S, R, "Safe > Assessing and responding to patient risk", ["12"]),
    ("must", AMH, "The trust must ensure that patients' risk assessments are reviewed after every incident of self-harm and that risk management plans reflect the current level of risk.", S, None, "Safe > Assessing and managing risk to patients and staff", ["12"]),
    ("must", OPMH, "The provider must ensure that staff carry out and record observations at the frequency set in each patient's observation plan.", S, None, "Safe > Assessing and managing risk to patients and staff", ["12"]),
    ("must", AMH, "The trust must ensure that staff monitor patients' physical health after the administration of rapid tranquillisation, as set out in national guidance.", S, None, "Safe > Assessing and managing risk to patients and staff", ["12"]),
    ("must", CAMHS, "Ensure that blanket restrictions, such as the removal of mobile phones at night, are individually risk assessed and reviewed. (Regulation 13)", S, None, "Safe > Assessing and managing risk to patients and staff", ["13"]),
    ("should", LD, "The service should ensure that each period of seclusion is reviewed by a doctor within the time frames set by the Mental Health Act Code of Practice.", S, E, "Safe > Assessing and managing risk to patients and staff", ["13"]),
    ("must", CYP, "The trust must make sure that children who are not brought to outpatient appointments are followed up and, where there are concerns, referred to the safeguarding team.", S, None, "Safe > Safeguarding", ["13"]),
    ("should", NONE, "The practice should ensure its register of children on child protection plans is reconciled with the information held by the local authority.", S, None, "Safe > Safeguarding", ["13"]),
    ("must", NONE, "The provider must ensure that allegations of financial abuse are reported to the local authority without delay and that people's money is protected.", S, None, "Safe > Safeguarding", ["13"]),
    ("must", NONE, "The registered manager must ensure that applications to deprive people of their liberty are submitted when people lack capacity to agree to living at the home.", E, S, "Effective > Consent, Mental Capacity Act and Deprivation of Liberty Safeguards", ["13"]),
    ("must", MED, "The trust must ensure there are enough registered nurses on each shift on the elderly care wards to meet the acuity of patients, using a validated staffing tool.", S, None, "Safe > Nurse staffing", ["18"]),
    ("must", SURG, "The provider must ensure that a consultant surgeon is available out of hours to review patients within the expected timeframe.", S, None, "Safe > Medical staffing", ["18"]),
    ("must", NONE, "The provider must operate safe recruitment procedures, including obtaining a full employment history and explaining gaps, before new care workers start. (Regulation 19)", S, None, "Safe > Staffing and recruitment", ["19"]),
    ("should", CMH, "The service should reduce the number of cases held by each care coordinator so that caseloads are manageable.", S, None, "Safe > Safe staffing", ["18"]),
    ("should", DENT, "The practice should ensure that a second member of the dental team is always present when patients are treated, including during out-of-hours sessions.", S, None, "Safe > Staffing", []),
    ("must", UEC, "The trust must ensure that medical staff in the emergency department are up to date with level 3 safeguarding children training.", S, None, "Safe > Mandatory training", ["18"]),
    ("should", OPD, "The service should improve the proportion of staff who have completed their statutory fire safety and information governance modules.", S, None, "Safe > Mandatory training", ["18"]),
    ("must", NONE, "The provider must make sure staff receive training in moving and handling and that their practice is observed before they support people alone.", E, S, "Effective > Staff support: induction, training, skills and experience", ["18"]),
    ("must", CHA, "The provider must ensure that patients' records are completed at the time of each visit and kept securely in the patient's home.", S, None, "Safe > Records", ["17"]),
    ("should", OPD, "The service should ensure that paper notes are available to clinicians before clinics start so that temporary files are not used.", S, None, "Safe > Records", ["17"]),
    ("must", CRISIS, "The trust must ensure that staff can access the latest crisis plans and risk information for patients when they are working out of hours.", S, None, "Safe > Staff access to essential information", ["17"]),
    ("must", MAT, "The trust must make sure that serious incidents are investigated within the national timeframe and that actions from investigations are completed.", S, None, "Safe > Incidents", ["17"]),
    ("must", SURG, "The hospital must meet its duty of candour, including giving patients a written apology and an account of what happened after a notifiable safety incident. (Regulation 20)", S, W, "Safe > Incidents", ["20"]),
    ("should", NONE, "The practice should make sure that learning from significant events is shared with all clinical and non-clinical staff.", S, W, "Safe > Lessons learned and improvements made", []),
    ("should", NONE, "The registered manager should analyse accidents and incidents for patterns, such as the time and place of falls, so that action can be taken to reduce them.", S, W, "Safe > Learning lessons when things go wrong", []),
    ("should", CHI, "The service should display safety thermometer information, such as the number of falls and new pressure ulcers, where patients and visitors can see it.", S, W, "Safe > Safety thermometer", []),
    ("must", MED, "The trust must ensure that care is delivered in line with current national guidance for the management of stroke, including timely access to thrombolysis.", E, None, "Effective > Evidence-based care and treatment", ["12"]),
    ("should", NONE, "The practice should improve the monitoring of patients with long-term conditions, including annual reviews for patients with diabetes and chronic obstructive pulmonary disease.", E, None, "Effective > Effective needs assessment, care and treatment", []),
    ("should", CMH, "The trust should ensure that patients with psychosis are offered the psychological therapies recommended by national guidance.", E, None, "Effective > Best practice in treatment and care", []),
    ("must", MED, "The trust must ensure that fluid balance charts are fully completed and totalled for patients at risk of dehydration.", E, S, "Effective > Nutrition and hydration", ["14"]),
    ("should", NONE, "The service should make sure that people's weights are monitored and that advice is sought from a dietitian when people lose weight.", E, None, "Effective > Supporting people to eat and drink enough", ["14"]),
    ("should", OPMH, "The provider should ensure that patients are offered snacks and hot drinks outside of set mealtimes.", R, E, "Responsive > Facilities that promote comfort, dignity and privacy", []),
    ("must", SURG, "The hospital must ensure that pain is assessed using a recognised pain scale and that analgesia is reassessed after it is given.", E, S, "Effective > Pain relief", ["12"]),
    ("should", EOL, "The service should ensure that anticipatory medicines are prescribed for patients in the last days of life so that their symptoms can be controlled promptly.", E, S, "Effective > Pain relief", ["12"]),
    ("should", OPD, "The service should take part in national audits and benchmark its results against similar services.", E, None, "Effective > Patient outcomes", []),
    ("must", MED, "The trust must ensure that all nursing staff have an annual appraisal and regular clinical supervision.", E, None, "Effective > Competent staff", ["18"]),
    ("must", CRISIS, "Ensure that staff working in the health-based place of safety have been trained in the Mental Health Act and know how to apply section 136.", E, None, "Effective > Skilled staff to deliver care", ["18"]),
    ("should", DI, "The service should ensure that radiographers' competencies for contrast injection are assessed and recorded.", E, None, "Effective > Competent staff", ["18"]),
    ("must", NONE, "The provider must ensure new staff complete the Care Certificate and an induction before working unsupervised.", E, S, "Effective > Staff support: induction, training, skills and experience", ["18"]),
    ("should", CCYP, "The service should improve joint working with health visitors and school nurses so that information about children is passed on when families move.", E, S, "Effective > Multidisciplinary working", []),
    ("should", MED, "The trust should ensure that therapy and pharmacy services are available at weekends to support patients' discharge.", E, R, "Effective > Seven-day services", []),
    ("should", NONE, "The practice should take steps to improve the uptake of cervical screening and childhood immunisations.", E, None, "Effective > Health promotion", []),
    ("must", CMH, "The trust must ensure that capacity to consent to treatment is assessed and recorded for patients whose capacity is in doubt. (Regulation 11)", E, None, "Effective > Good practice in applying the MCA", ["11"]),
    ("must", NONE, "The provider must ensure that where people lack capacity, best interests decisions are recorded and involve the people who know them well.", E, None, "Effective > Consent, Mental Capacity Act and Deprivation of Liberty Safeguards", ["11"]),
    ("must", AMH, "The trust must ensure that detained patients are informed of their rights under section 132 on admission and at regular intervals thereafter, and that this is recorded.", E, None, "Effective > Adherence to the MHA and the MHA Code of Practice", ["17"]),
    ("should", LD, "The service should keep consent to treatment forms with medication charts so that nurses can check that the medicines they give are authorised.", E, S, "Effective > Adherence to the MHA and the MHA Code of Practice", []),
    ("should", DENT, "The practice should ensure that the oral health advice given to patients, including on smoking and diet, is recorded in their dental care records.", E, None, "Effective > Health promotion", []),
    ("must", NONE, "The provider must ensure that the premises are adapted to meet the needs of people living with dementia, for example with clear signage and contrasting colours.", E, R, "Effective > Adapting premises to people's needs", ["15"]),
    ("must", AMH, "The trust must ensure that every patient has a comprehensive, holistic care plan that reflects their assessed needs and is reviewed regularly.", E, R, "Effective > Assessment of needs and planning of care", ["9"]),
    ("must", MED, "The trust must make sure that patients' privacy and dignity are maintained when they receive personal care in bays, including by closing curtains fully.", C, None, "Caring > Compassionate care", ["10"]),
    ("should", UEC, "The department should ensure that conversations about patients' conditions at the reception desk cannot be overheard.", C, None, "Caring > Compassionate care", ["10"]),
    ("must", NONE, "Staff must speak to people respectfully and must not discuss people's care needs in front of other residents.", C, None, "Caring > Ensuring people are well treated and respected", ["10"]),
    ("should", MAT, "The service should improve bereavement support for families who have experienced a pregnancy loss, including access to a specialist midwife.", C, None, "Caring > Emotional support", []),
    ("should", CMH, "The service should ensure that patients are given a copy of their care plan and that their views are recorded in it.", C, E, "Caring > Involvement in care", ["9"]),
    ("should", CYP, "The trust should ensure that parents are involved in decisions about their child's treatment and that these discussions are documented.", C, None, "Caring > Understanding and involvement of patients and those close to them", ["9"]),
    ("should", NONE, "The provider should support people to be as independent as possible, for example by encouraging them to do the tasks they are able to do for themselves.", C, None, "Caring > Respecting and promoting people's privacy, dignity and independence", ["10"]),
    ("should", NONE, "The practice should identify patients who are carers so that they can be offered support.", C, None, "Caring > Understanding and involvement of patients", []),
    ("must", AMH, "The trust must ensure that staff treat patients with kindness and do not use language that is dismissive or belittling. (Regulation 10)", C, None, "Caring > Kindness, privacy, dignity, respect, compassion and support", ["10"]),
    ("should", EOL, "The service should make sure that relatives of patients who are dying are offered emotional and spiritual support, including access to the chaplaincy.", C, None, "Caring > Emotional support", []),
    ("should", NONE, "The provider should ensure people are asked regularly about their preferences and that these are respected, such as when they would like to get up and go to bed.", R, C, "Responsive > Planning personalised care", ["9"]),
    ("should", OPD, "The trust should reduce the number of patients waiting longer than 18 weeks from referral to treatment.", R, None, "Responsive > Access and flow", []),
    ("should", UEC, "The trust should take action to improve the time patients spend in the department, working towards the four-hour standard.", R, None, "Responsive > Access and flow", []),
    ("must", SURG, "The trust must reduce last-minute cancellations of operations for non-clinical reasons and ensure patients are rebooked within 28 days.", R, None, "Responsive > Access and flow", []),
    ("should", AMH, "The service should ensure that discharge planning starts when patients are admitted so that patients do not stay longer than they need to.", R, None, "Responsive > Access and discharge", []),
    ("should", NONE, "The practice should continue to improve patients' ability to get through to the practice by telephone.", R, None, "Responsive > Timely access to care and treatment", []),
    ("should", MED, "The trust should improve the environment for patients living with dementia, including dementia-friendly signage on the wards.", R, E, "Responsive > Meeting people's individual needs", []),
    ("must", OPD, "The service must ensure that interpreters are booked for patients who do not speak English, rather than relying on family members.", R, None, "Responsive > Meeting people's individual needs", ["9"]),
    ("should", EOL, "The trust should ensure that patients' preferred place of death is recorded and that rapid discharge to that place is achieved.", R, None, "Responsive > Meeting people's individual needs", []),
    ("must", NONE, "The provider must ensure that people's care plans contain personalised information about their history, likes and dislikes and how they wish to be supported. (Regulation 9)", R, E, "Responsive > Planning personalised care", ["9"]),
    ("should", NONE, "The registered manager should provide a range of meaningful activities, including for people who stay in their rooms.", R, None, "Responsive > Planning personalised care", ["9"]),
    ("should", NONE, "The provider should ensure information is available in accessible formats, such as large print or pictures, in line with the Accessible Information Standard.", R, None, "Responsive > Meeting people's communication needs", ["9"]),
    ("must", NONE, "The practice must ensure that complaints are acknowledged and responded to within the timescales in its policy, and that responses include details of the ombudsman.", R, None, "Responsive > Listening and learning from concerns and complaints", ["16"]),
    ("should", CMH, "The trust should ensure that themes from complaints are analysed and the learning shared with teams.", R, W, "Responsive > Listening to and learning from concerns and complaints", ["16"]),
    ("should", AMH, "The trust should make sure that patients can lock their bedroom doors and have somewhere secure to keep their possessions.", R, C, "Responsive > Facilities that promote comfort, dignity and privacy", []),
    ("should", REHAB, "The service should ensure patients have access to a quiet room and to outdoor space at any time.", R, None, "Responsive > Facilities that promote comfort, dignity and privacy", []),
    ("should", CAMHS, "The service should ensure young people on the ward have access to education while they are in hospital.", R, None, "Responsive > Meeting the needs of all people who use the service", []),
    ("should", CHA, "The provider should review how it plans services with commissioners so that the needs of people in rural areas are met.", R, None, "Responsive > Service delivery to meet the needs of local people", []),
    ("should", DI, "The service should ensure reports on scans are issued within the agreed turnaround times.", R, None, "Responsive > Access and flow", []),
    ("must", CRISIS, "The trust must ensure that people in crisis are seen within four hours of an urgent referral.", R, S, "Responsive > Access and discharge", []),
    ("must", NONE, "The trust must ensure that its governance processes give the board assurance about the quality of care in each core service. (Regulation 17)", W, None, "Well-led > Governance", ["17"]),
    ("must", NONE, "The provider must establish effective systems to monitor the safety of the premises, including acting on the recommendations of the fire risk assessment.", W, S, "Well-led > Governance", ["17"]),
    ("must", NONE, "The registered person must ensure that quality checks identify shortfalls, such as the gaps in medicine records we found, and that action is taken to address them.", W, None, "Well-led > Governance", ["17"]),
    ("should", NONE, "The trust should ensure that the risk register reflects the current risks in the service, with named owners and review dates.", W, None, "Well-led > Management of risk, issues and performance", ["17"]),
    ("should", MED, "Senior leaders should be visible on the wards and known to staff.", W, None, "Well-led > Leadership", []),
    ("should", SURG, "The service should develop a strategy for the service, with staff involvement, that is aligned to the trust's objectives.", W, None, "Well-led > Vision and strategy", []),
    ("should", MAT, "The trust should take steps to address the bullying culture reported by midwives and make sure staff feel able to raise concerns without fear of reprisal.", W, None, "Well-led > Culture", []),
    ("should", UEC, "The trust should ensure the freedom to speak up guardian is known to staff in the department.", W, None, "Well-led > Culture", []),
    ("must", NONE, "The provider must notify CQC without delay of all incidents that affect the health, safety and welfare of people, including serious injuries.", W, None, "Well-led > Governance", ["REG2009-18"]),
    ("must", NONE, "The provider must ensure that the registered manager's absence for more than 28 days is notified to the Commission.", W, None, "Well-led > Governance", ["REG2009-14"]),
    ("should", DENT, "The practice should display its CQC rating on its website as required.", W, None, "Well-led > Governance", ["20A"]),
    ("should", DENT, "The practice should carry out audits of radiographs and infection control at the recommended intervals, with action plans where needed.", W, S, "Well-led > Governance", ["17"]),
    ("should", OPD, "The trust should make sure that staff can access the electronic patient record from every clinic room without repeated log-ins.", W, S, "Well-led > Information management", []),
    ("should", NONE, "The trust should improve the response rate to the staff survey and act on what staff say.", W, None, "Well-led > Engagement", []),
    ("should", NONE, "The provider should seek the views of people and relatives through regular meetings and questionnaires, and show what has changed as a result.", W, None, "Well-led > Engaging and involving people", ["17"]),
    ("should", CHA, "The service should continue to develop its quality improvement programme and share the learning from improvement projects across teams.", W, None, "Well-led > Learning, continuous improvement and innovation", []),
    ("must", NONE, "The trust must ensure that directors are subject to the checks required under the fit and proper persons requirement before appointment. (Regulation 5)", W, None, "Well-led > Leadership", ["5"]),
    ("must", "Surgery (independent hospital)", "The provider must ensure that the medical advisory committee reviews consultants' practising privileges every two years, including evidence of appraisal and indemnity.", W, E, "Well-led > Governance", ["17"]),
    ("should", AMH, "The trust should ensure that data on the use of restraint is reviewed by ward managers and used to reduce restrictive practice.", W, S, "Well-led > Management of risk, issues and performance", []),
    ("must", NONE, "The registered person must have an effective system to monitor late and missed calls and take action when care workers do not arrive on time.", W, S, "Well-led > Governance", ["17"]),
    ("must", CHI, "The trust must make sure that drugs liable to misuse are counted and signed for by two nurses at each handover.", S, None, "Safe > Medicines", ["12"]),
    ("should", MED, "The trust should make sure that staff know how to recognise and act on signs of sepsis, and that screening tools are completed for patients with suspected infection.", S, None, "Safe > Assessing and responding to patient risk", ["12"]),
    ("must", UEC, "The trust must ensure children waiting in the emergency department are kept in an area that is visually and audibly separated from adults.", S, R, "Safe > Environment and equipment", ["15"]),
    ("should", MAT, "The service should ensure that the emergency call bells in the birthing pool room work and are tested.", S, None, "Safe > Environment and equipment", ["15"]),
    ("must", SURG, "The hospital must ensure that the five steps to safer surgery, including the WHO checklist, are fully completed for every procedure.", S, None, "Safe > Assessing and responding to patient risk", ["12"]),
    ("must", NONE, "The practice must ensure that test results and hospital letters are reviewed and acted on by a clinician in a timely way.", S, E, "Safe > Information to deliver safe care and treatment", ["12"]),
    ("must", NONE, "The provider must ensure there are always enough staff deployed at night to respond to people's needs and to evacuate people safely in the event of a fire.", S, None, "Safe > Staffing and recruitment", ["18"]),
    ("should", CMH, "The service should ensure patients on waiting lists are regularly contacted and their risks reviewed while they wait.", S, R, "Safe > Assessing and managing risk to patients and staff", ["12"]),
    ("should", NONE, "The practice should review the processes for the management of safety alerts, including those from the MHRA, so that all relevant alerts are actioned.", S, W, "Safe > Track record on safety", []),
    ("must", NONE, "The provider must take action to ensure that water systems are tested for legionella and that hot water outlets are kept at a safe temperature.", S, None, "Safe > Preventing and controlling infection", ["12"]),
    ("should", NONE, "The provider should ensure that care workers have personal protective equipment available in every home they visit.", S, None, "Safe > Preventing and controlling infection", ["12"]),
    ("must", MED, "The trust must ensure that patients receive venous thromboembolism assessments within 24 hours of admission.", S, None, "Safe > Assessing and responding to patient risk", ["12"]),
]


# Second batch, written after the first round of fixes (still labelled before running the tagger):
# adult social care recommendation and breach-sentence styles, GP and dental practices, mental-health wards.
ROWS += [
    ("should", NONE, "We recommend the provider seeks advice and guidance from a reputable source about the safe use of bed rails.", S, None, "Safe > Assessing risk, safety monitoring and management", ["12"]),
    ("should", NONE, "We recommend the provider consider current guidance on supporting people with their oral care and take action to update their practice accordingly.", E, None, "Effective > Supporting people to live healthier lives", []),
    ("must", NONE, "People were not protected from the risks of infection because the sluice room was dirty and clinical waste bins were overflowing. This was a breach of regulation 12 (Safe care and treatment) of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014.", S, None, "Safe > Preventing and controlling infection", ["12"]),
    ("must", NONE, "The provider had not ensured that people's care plans reflected their current needs and preferences. This was a breach of regulation 9 (Person-centred care).", R, E, "Responsive > Planning personalised care", ["9"]),
    ("must", NONE, "The registered manager had not notified CQC of three serious injuries, as they are required to by law.", W, None, "Well-led > Governance", ["REG2009-18"]),
    ("should", NONE, "We recommend the provider reviews the pressure settings of air mattresses daily, in line with each person's weight.", S, None, "Safe > Assessing risk, safety monitoring and management", ["12"]),
    ("must", NONE, "The provider must ensure that catheter care is carried out in line with people's care plans and that catheter bags are changed at the required intervals.", S, E, "Safe > Assessing risk, safety monitoring and management", ["12"]),
    ("should", NONE, "The provider should make sure that people's hearing aids and glasses are clean, working and worn as they wish.", R, C, "Responsive > Meeting people's communication needs", ["9"]),
    ("should", NONE, "The provider should ensure staff know which people have a do not attempt resuscitation decision in place.", E, S, "Effective > Consent to care and treatment", ["11"]),
    ("must", NONE, "The practice must ensure that blank prescription pads are tracked through the practice and stored securely.", S, None, "Safe > Medicines", ["12"]),
    ("should", NONE, "The practice should ensure that chaperones have had a DBS check or a risk assessment of why one is not needed.", S, None, "Safe > Safeguarding", ["19"]),
    ("should", NONE, "The practice should put a failsafe system in place to confirm that a result is received for every cervical screening sample taken.", E, S, "Effective > Monitoring care and treatment", []),
    ("must", NONE, "The provider must make sure that urgent two-week-wait referrals are sent on the same day and that their receipt is confirmed.", S, E, "Safe > Information to deliver safe care and treatment", ["12"]),
    ("should", NONE, "The practice should continue to encourage patients to join its patient participation group and act on the group's suggestions.", W, None, "Well-led > Engagement", []),
    ("should", NONE, "The practice should improve the number of appointments that can be booked online.", R, None, "Responsive > Timely access to care and treatment", []),
    ("must", NONE, "The practice must carry out a risk assessment of which emergency medicines it chooses not to stock.", S, None, "Safe > Medicines", ["12"]),
    ("should", NONE, "Reception staff should be given guidance on recognising the symptoms of sepsis in patients who telephone or attend the practice.", S, E, "Safe > Assessing risk, safety monitoring and management", ["12"]),
    ("should", DENT, "The practice should use rubber dam for root canal treatment in line with national guidance, and record the reasons when it is not used.", E, S, "Effective > Effective needs assessment, care and treatment", []),
    ("must", DENT, "The provider must introduce safer sharps systems or risk assess the use of traditional needles and matrix bands.", S, None, "Safe > Safety systems and processes", ["12"]),
    ("should", DENT, "The practice should audit its antimicrobial prescribing against national guidance.", W, E, "Well-led > Governance", ["17"]),
    ("must", DENT, "The practice must ensure all clinical staff complete training in medical emergencies and that the team practises scenarios regularly.", S, E, "Safe > Medical emergencies", ["18"]),
    ("should", DENT, "The practice should ensure that patients are given information about the costs of their treatment before it starts.", R, C, "Responsive > Meeting people's individual needs", []),
    ("should", DENT, "The practice should ask patients for feedback and use the results to improve the service.", W, None, "Well-led > Engagement", ["17"]),
    ("must", DENT, "The registered person must ensure the Legionella risk assessment is reviewed and the actions recommended in it are completed.", S, None, "Safe > Cleanliness, infection control and hygiene", ["12"]),
    ("must", AMH, "The trust must ensure that section 17 leave forms state the conditions of leave and that copies are given to patients and their carers.", E, None, "Effective > Adherence to the MHA and the MHA Code of Practice", ["17"]),
    ("should", AMH, "The trust should ensure that patients who are not detained know that they can leave the ward, with signs at the door telling them how.", S, E, "Safe > Assessing and managing risk to patients and staff", []),
    ("must", REHAB, "The trust must ensure that patients' physical health is monitored, including annual health checks and the tests required by their antipsychotic medicines.", E, S, "Effective > Best practice in treatment and care", ["12"]),
    ("should", OPMH, "The trust should make sure that carers are involved in reviews of their relatives' care where the patient agrees.", C, None, "Caring > Involvement in care", ["9"]),
    ("should", AMH, "The service should ensure patients are told about independent mental health advocacy and referred when they want it.", E, C, "Effective > Adherence to the MHA and the MHA Code of Practice", []),
    ("should", AMH, "The trust should reduce the number of patients placed in beds out of the area because no local bed is available.", R, None, "Responsive > Access and discharge", []),
    ("should", CMH, "The trust should ensure that calls to the crisis line are answered promptly and that callers do not have to wait.", R, None, "Responsive > Access and discharge", []),
    ("must", CMH, "The trust must ensure that every patient on the team's caseload has a current risk assessment and crisis plan.", S, None, "Safe > Assessing and managing risk to patients and staff", ["12"]),
    ("should", LD, "The service should make sure that each patient's positive behaviour support plan is up to date and that staff follow it.", E, S, "Effective > Assessment of needs and planning of care", ["9"]),
    ("must", CAMHS, "The trust must ensure that there are enough staff on each shift to carry out the level of observation each young person needs.", S, None, "Safe > Safe staffing", ["18"]),
    ("should", CHA, "The service should make sure that patients are told how long they are likely to wait for a first visit from the therapy team.", R, C, "Responsive > Access and flow", []),
    ("should", CHI, "The service should make sure that patients' call bells are always within reach.", S, C, "Safe > Assessing and responding to patient risk", ["12"]),
    ("must", MED, "The trust must ensure that patients who need oxygen have it prescribed and that the prescribed target saturation is recorded.", S, None, "Safe > Medicines", ["12"]),
    ("must", MED, "The trust must ensure that controlled drugs that are no longer needed are destroyed promptly and that destruction is witnessed and recorded.", S, None, "Safe > Medicines", ["12"]),
    ("should", SURG, "The hospital should make sure that the sharps bins in theatres are labelled, dated and not overfilled.", S, None, "Safe > Cleanliness, infection control and hygiene", ["12"]),
    ("should", NONE, "Diabetic patients should have their feet checked at least once a year, and the check should be recorded.", E, None, "Effective > Effective needs assessment, care and treatment", []),
]


def main() -> None:
    out = Path(__file__).resolve().parent
    out.mkdir(parents=True, exist_ok=True)
    texts = set()
    with (out / "statements.jsonl").open("w", encoding="utf-8") as st, (out / "labels.jsonl").open("w", encoding="utf-8") as lb:
        for i, (kind, service, text, kq, also, category, regs) in enumerate(ROWS, 1):
            assert text not in texts, text
            texts.add(text)
            rid = f"T11-{i:03d}"
            st.write(json.dumps({"id": rid, "kind": kind, "service": service, "text": text}) + "\n")
            lb.write(json.dumps({"id": rid, "kq": kq, "kq_also": also, "category": category, "regulation": regs}) + "\n")
    print(len(ROWS))


main()
