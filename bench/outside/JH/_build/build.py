#!/usr/bin/env python3
"""Build OUT/statements.jsonl and OUT/labels.jsonl for tag set JH (session 57).

Every provider, ward, station and prison named here is invented.
Run: python3 _build/build.py   (from /work/blind/JH or anywhere)
"""
import json
import os
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Core-service names (reference §2.3 and ambulance core services)
AW = "Acute wards for adults of working age and psychiatric intensive care units"
FW = "Forensic inpatient or secure wards"
OP = "Wards for older people with mental health problems"
CAMHS = "Child and adolescent mental health wards"
RH = "Long stay or rehabilitation mental health wards for working age adults"
LDW = "Wards for people with a learning disability or autism"
LDC = "Community mental health services for people with a learning disability or autism"
EUC = "Emergency and urgent care"
PTS = "Patient transport services"
EOC = "Emergency operations centre"
CH = None   # care home (adult social care location report: no core services)
PR = None   # prison healthcare (health and justice location report)
TR = None   # trust-level statement

S, E, C, R, W = "Safe", "Effective", "Caring", "Responsive", "Well-led"

# (kind, service, text, kq, kq_also, category, regulation)
ITEMS = [
 ("must", AW, "The trust must ensure that ligature risk assessments for Larkspur ward identify every ligature anchor point in the en-suite bathrooms and set out how staff will mitigate each one. (Regulation 12(2)(d))",
  S, None, "Safe > Safe and clean environment", ["12"]),
 ("must", CH, "The provider must ensure that medicines administration records are completed accurately and that each person's medicines stock can be reconciled against the doses signed for. (Regulation 12(2)(g))",
  S, None, "Safe > Medicines", ["12"]),
 ("should", EUC, "The trust should ensure that crews complete the sepsis screening section of the electronic patient care record for every patient who meets the screening criteria.",
  S, None, "Safe > Assessing and responding to patient risk", ["12"]),
 ("must", PR, "The provider must ensure that prisoners are given medicines in possession only after a documented risk assessment, and that the assessment is reviewed at the intervals set out in the in-possession policy. (Regulation 12)",
  S, None, "Safe > Medicines", ["12"]),
 ("must", LDW, "The trust must ensure that every episode of prone restraint on Willowbank ward is recorded, reviewed by a senior clinician and reported in line with the trust's restrictive interventions policy. (Regulation 13(4)(b))",
  S, None, "Safe > Assessing and managing risk to patients and staff", ["13"]),
 ("must", OP, "The trust must ensure that there are sufficient numbers of suitably qualified nursing staff on Heathfield ward at night to meet the needs of patients. This was a breach of Regulation 22 of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2010.",
  S, None, "Safe > Safe staffing", ["RA2010-22"]),
 ("should", AW, "The trust should consider how it can increase the range of therapeutic and recreational activities available to patients on Ashgrove ward at weekends.",
  R, None, "Responsive > Facilities that promote comfort, dignity and privacy", ["9"]),
 ("must", EOC, "The trust must ensure that enough call handlers and clinical advisors are on duty in the emergency operations centre to answer 999 calls and complete clinical call-backs within the trust's target times. (Regulation 18(1))",
  S, None, "Safe > Nurse staffing", ["18"]),
 ("should", CH, "We recommend the provider seeks advice and guidance from a reputable source about developing end of life care plans that record people's wishes and preferences.",
  R, None, "Responsive > Meeting people's individual needs", ["9"]),
 ("must", CAMHS, "The trust must ensure that staff on the adolescent unit carry out and record physical health observations after each administration of rapid tranquillisation, in line with national guidance and trust policy. (Regulation 12(2)(b))",
  S, None, "Safe > Assessing and managing risk to patients and staff", ["12"]),
 ("must", FW, "The provider must ensure that section 17 leave forms are signed by the responsible clinician, state the conditions of leave and are kept where ward staff can find them. (Regulation 17)",
  E, None, "Effective > Adherence to the MHA and the MHA Code of Practice", ["17"]),
 ("should", PTS, "The trust should make sure that patient transport vehicles are deep cleaned at the intervals set out in its cleaning schedule and that each deep clean is recorded.",
  S, None, "Safe > Cleanliness, infection control and hygiene", ["12"]),
 ("must", CH, "The provider must take steps to ensure that people who use the service are protected against the risks associated with the unsafe use and management of medicines. This is a breach of Regulation 13 of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2010.",
  S, None, "Safe > Medicines", ["RA2010-13"]),
 ("should", PR, "The provider should ensure that all healthcare staff working on the residential wings complete safeguarding adults training at the level required for their role.",
  S, None, "Safe > Mandatory training", ["18"]),
 ("should", LDC, "The trust should ensure that easy read versions of care plans and of information about how to complain are available to everyone who uses the service.",
  R, None, "Responsive > Meeting the needs of all people who use the service", ["9"]),
 ("must", EUC, "The trust must ensure that controlled drugs held at Northgate ambulance station are stored securely and checked at every shift change, and that any discrepancy is reported and investigated. (Regulation 12(2)(g))",
  S, None, "Safe > Medicines", ["12"]),
 ("must", RH, "The provider must ensure that patients' capacity to consent to treatment is assessed and recorded on admission and at each review, and that best interests decisions are documented where a patient lacks capacity.",
  E, None, "Effective > Good practice in applying the MCA", ["11"]),
 ("should", CH, "The provider should ensure that people's weights are monitored monthly and that MUST scores are recalculated whenever a person loses weight.",
  E, None, "Effective > Nutrition and hydration", ["14"]),
 ("must", AW, "The trust must ensure that staff record the outcome of each seclusion review, including medical reviews, at the frequency required by the Mental Health Act Code of Practice. (Regulation 12(2)(a)(b))",
  S, None, "Safe > Assessing and managing risk to patients and staff", ["12"]),
 ("must", EUC, "The trust must ensure that all frontline staff receive an annual appraisal and regular clinical supervision. (Regulation 23 HSCA 2008 (Regulated Activities) Regulations 2010 Supporting workers)",
  E, None, "Effective > Competent staff", ["RA2010-23"]),
 ("should", OP, "The trust should ensure that patients are offered a copy of their care plan and that the offer is recorded in their notes.",
  C, None, "Caring > Involvement in care", ["9"]),
 ("must", CH, "The provider must ensure that Deprivation of Liberty Safeguards applications are made for people who are under continuous supervision and not free to leave, and that conditions attached to authorisations are met. (Regulation 13(5))",
  E, S, "Effective > Consent, Mental Capacity Act and Deprivation of Liberty Safeguards", ["13"]),
 ("should", PR, "The provider should ensure that prisoners referred to the mental health in-reach team are assessed within the timescales set out in the service specification.",
  R, None, "Responsive > Access and flow", []),
 ("should", EOC, "The trust should continue to work with commissioners to reduce the time that patients in categories 3 and 4 wait for an ambulance to arrive.",
  R, None, "Responsive > Access and flow", []),
 ("must", LDW, "The trust must ensure that each patient has a positive behaviour support plan that is up to date, reflects their current needs and is understood by the staff who support them. (Regulation 9(1)(3)(b))",
  E, R, "Effective > Assessment of needs and planning of care", ["9"]),
 ("must", CH, "The provider must ensure that risks to people from choking are assessed and that staff follow the speech and language therapist's guidance on modified diets and thickened drinks.",
  S, E, "Safe > Assessing and responding to patient risk", ["12"]),
 ("should", FW, "The provider should ensure that patients' section 132 rights are explained to them again at the intervals set out in the ward's policy and that each attempt is recorded.",
  E, None, "Effective > Adherence to the MHA and the MHA Code of Practice", []),
 ("must", EUC, "The trust must ensure that every emergency vehicle carries the full range of equipment listed on the vehicle inventory and that each item is within its service date. (Regulation 15(1)(e))",
  S, None, "Safe > Environment and equipment", ["15"]),
 ("must", AW, "The trust must ensure that blanket restrictions on Ashgrove ward, including the locked garden and the removal of mobile phones, are reviewed, justified on the basis of individual risk and recorded. (Regulations 13 and 17)",
  S, W, "Safe > Assessing and managing risk to patients and staff", ["13", "17"]),
 ("should", CH, "The registered manager should ensure that staff supervision sessions take place at the frequency set out in the provider's policy.",
  E, None, "Effective > Competent staff", ["18"]),
 ("must", CH, "The provider must notify CQC without delay of all incidents that it is required to report, including allegations of abuse and serious injuries to people. (Regulation 18 CQC (Registration) Regulations 2009)",
  W, None, "Well-led > Governance", ["REG2009-18"]),
 ("must", PR, "The provider must ensure that enough suitably qualified and experienced nurses are deployed to cover reception, the segregation unit and the wing medicines rounds safely.",
  S, None, "Safe > Nurse staffing", ["18"]),
 ("should", PTS, "The trust should ensure that all patient transport staff complete mandatory training in moving and handling and in basic life support.",
  S, None, "Safe > Mandatory training", ["18"]),
 ("must", CAMHS, "The trust must ensure that when young people on Orchard ward are nursed in long-term segregation this is authorised, reviewed and recorded in line with the Mental Health Act Code of Practice. (Regulation 13)",
  S, E, "Safe > Assessing and managing risk to patients and staff", ["13"]),
 ("must", LDW, "The trust must ensure that care plans for patients on Cedar unit are person centred and record patients' views and their involvement in planning their care. (Regulation 9 HSCA 2008 (Regulated Activities) Regulations 2010 Care and welfare of people who use services)",
  E, C, "Effective > Assessment of needs and planning of care", ["RA2010-9"]),
 ("should", EUC, "The trust should ensure that staff at Southmere ambulance station follow bare below the elbows guidance and hand hygiene procedures.",
  S, None, "Safe > Cleanliness, infection control and hygiene", ["12"]),
 ("must", OP, "The trust must ensure that patients at risk of falls have a falls risk assessment completed on admission and that the measures identified in the assessment are put in place.",
  S, None, "Safe > Assessing and managing risk to patients and staff", ["12"]),
 ("should", AW, "The trust should ensure that community meetings on Ashgrove ward are held regularly and that patients are told what action has been taken on the issues they raise.",
  C, W, "Caring > Involvement in care", ["9"]),
 ("must", EOC, "The trust must ensure that calls waiting in the clinical hub are reviewed by a clinician at the intervals set out in its standard operating procedure so that patients whose condition is deteriorating are identified. (Regulation 12(2)(a)(b))",
  S, None, "Safe > Assessing and responding to patient risk", ["12"]),
 ("must", CH, "The provider must ensure that the premises are safe, including fitting window restrictors to all first floor windows and regulating hot water outlets to a safe temperature. (Regulation 15)",
  S, None, "Safe > Environment and equipment", ["15"]),
 ("must", TR, "The trust must ensure that fit and proper person checks are completed for all executive and non-executive directors and that evidence of each check is held on their personnel files. (Regulation 5)",
  W, None, "Well-led > Governance", ["5"]),
 ("should", PR, "The provider should ensure that prisoners are told how to make a healthcare complaint and that complaint forms are available on every wing.",
  R, None, "Responsive > Learning from complaints and concerns", ["16"]),
 ("should", LDC, "The trust should ensure that every person on the team's caseload has a risk assessment that is updated after each incident and reviewed at least every six months.",
  S, None, "Safe > Assessing and managing risk to patients and staff", ["12"]),
 ("must", FW, "The provider must ensure that actions identified in ward environmental and ligature audits are tracked to completion and that ward managers have oversight of outstanding work. (Reg 17)",
  W, S, "Well-led > Governance", ["17"]),
 ("should", CH, "We recommend the provider consider current guidance on supporting people living with dementia to find their way around the home and take action to update the environment accordingly.",
  R, E, "Responsive > Meeting people's individual needs", ["15"]),
 ("must", AW, "The trust must ensure that patients detained under the Mental Health Act have their rights explained to them on admission and that this is recorded. (Regulation 17 HSCA 2008 (Regulated Activities) Regulations 2010)",
  E, None, "Effective > Adherence to the MHA and the MHA Code of Practice", ["RA2010-17"]),
 ("should", EUC, "The trust should consider introducing a way for crews to receive feedback on the outcomes of patients they have conveyed with a suspected stroke.",
  E, None, "Effective > Patient outcomes", []),
 ("must", PR, "The provider must ensure that clinical records are completed contemporaneously and give an accurate account of each consultation, including triage decisions made in reception. (Regulation 17(2)(c))",
  S, W, "Safe > Records", ["17"]),
 ("should", LDW, "The trust should ensure that patients are supported to keep in touch with their families, including by offering video calls when visits are not possible.",
  C, None, "Caring > Involvement in care", ["9"]),
 ("must", CH, "The provider must ensure that staff are recruited safely, including by obtaining a full employment history and exploring any gaps before new staff start work.",
  S, None, "Safe > Nurse staffing", ["19"]),
 ("must", AW, "The trust must ensure that the seclusion room on Ashgrove ward allows two-way communication and that a patient in seclusion can see a clock. (Regulation 15(1)(c))",
  S, None, "Safe > Safe and clean environment", ["15"]),
 ("should", OP, "The trust should ensure that staff record patients' food and fluid intake accurately where their care plan requires it.",
  E, None, "Effective > Best practice in treatment and care", ["14"]),
 ("must", EUC, "The trust must ensure that it meets the requirements of the duty of candour, including writing to patients or their families after a notifiable safety incident with an apology and details of the investigation. (Regulation 20)",
  S, W, "Safe > Incidents", ["20"]),
 ("should", EUC, "The trust should ensure that staff understand which incidents must be reported and report all incidents, including near misses, through the electronic reporting system.",
  S, None, "Safe > Incidents", ["17"]),
 ("should", RH, "The provider should ensure that patients receive an annual physical health check and that abnormal results are followed up and acted upon.",
  E, S, "Effective > Best practice in treatment and care", ["12"]),
 ("must", CH, "The provider must ensure that people are able to receive visitors of their choosing and that any restriction on visiting is based on an individual risk assessment and kept under review. (Regulation 9A)",
  R, C, "Responsive > Meeting people's individual needs", ["9A"]),
 ("should", PR, "The provider should work with the prison to review escort arrangements for external hospital appointments so that fewer appointments are cancelled.",
  R, None, "Responsive > Access and flow", []),
 ("must", CAMHS, "The trust must ensure that staff make safeguarding referrals to the local authority when young people disclose harm, and that each referral is recorded and followed up.",
  S, None, "Safe > Safeguarding", ["13"]),
 ("must", CH, "The provider must ensure that the most recent CQC rating is displayed conspicuously at the home and on the provider's website. (Regulation 20A)",
  W, None, "Well-led > Governance", ["20A"]),
 ("should", AW, "The trust should ensure that the temperature of the clinic room on Larkspur ward is checked daily and that action is taken when it is outside the recommended range. (Regulation 12)",
  S, None, "Safe > Medicines management", ["12"]),
 ("must", FW, "The provider must notify the Commission without delay of the death of any patient detained under the Mental Health Act 1983 and of any unauthorised absence of a detained patient. (Regulation 17 Care Quality Commission (Registration) Regulations 2009)",
  W, None, "Well-led > Governance", ["REG2009-17"]),
 ("should", LDC, "The trust should ensure that the waiting list for psychology assessment is monitored and that people who are waiting are contacted regularly to check whether their needs have changed.",
  R, S, "Responsive > Access and discharge", []),
 ("must", PTS, "The trust must ensure that vehicles and equipment used to transport patients are clean and that an effective system is in place to assess the risk of, and prevent, the spread of infection. (Regulation 12 HSCA 2008 (Regulated Activities) Regulations 2010 Cleanliness and infection control)",
  S, None, "Safe > Cleanliness, infection control and hygiene", ["RA2010-12"]),
 ("should", LDW, "The trust should ensure that ward managers receive data on the use of restrictive interventions on their wards and use it to plan reductions in restraint.",
  W, None, "Well-led > Information management", ["17"]),
 ("should", EOC, "The trust should ensure that emergency medical dispatchers have protected time for continuing professional development.",
  E, None, "Effective > Competent staff", ["18"]),
 ("must", PR, "The provider must ensure that systems to assess, monitor and improve the quality of the service are effective, including regular clinical audits of medicines administration and record keeping. (Regulation 17(1)(2)(a))",
  W, None, "Well-led > Governance", ["17"]),
 ("should", CH, "The provider should ensure that people and their relatives are asked for their views of the service and that the results of surveys are shared and acted upon.",
  W, None, "Well-led > Engagement", ["17"]),
 ("must", OP, "The trust must ensure that staff complete and review Mental Capacity Act assessments for patients who may lack capacity to consent to their admission, and that applications for Deprivation of Liberty Safeguards authorisations are made where required. (Regulation 11(1)(3))",
  E, None, "Effective > Good practice in applying the MCA", ["11"]),
 ("must", EUC, "The trust must ensure that staff complete level 3 safeguarding training in line with the intercollegiate document and the trust's own training needs analysis. (Regulation 12)",
  S, None, "Safe > Mandatory training", ["12"]),
 ("should", FW, "The provider should ensure that the outcomes of care programme approach meetings are shared with patients in a format they understand.",
  C, None, "Caring > Involvement in care", ["9"]),
 ("must", CH, "The provider must ensure that people are protected against the risks of unsafe or inappropriate care arising from a lack of accurate records of the care provided to them. (Regulation 20 HSCA 2008 (Regulated Activities) Regulations 2010 Records)",
  S, None, "Safe > Records", ["RA2010-20"]),
 ("must", AW, "The trust must ensure that patients' privacy and dignity are maintained, including by making sure that observation panels in bedroom doors are closed when they are not in use. (Regulation 10)",
  C, R, "Caring > Kindness, privacy, dignity, respect, compassion and support", ["10"]),
 ("must", PTS, "The trust must ensure that all staff working in the patient transport service have had an enhanced Disclosure and Barring Service check before they transport patients.",
  S, None, "Safe > Nurse staffing", ["19"]),
 ("should", LDW, "The trust should ensure that the sensory room on Willowbank ward is available to patients and is not used for storage.",
  R, None, "Responsive > Facilities that promote comfort, dignity and privacy", ["15"]),
 ("must", CH, "The provider must ensure that staff are trained in positive behaviour support and in the use of physical intervention before they support people whose behaviour may challenge. (Regulation 18(2)(a))",
  E, S, "Effective > Competent staff", ["18"]),
 ("should", PR, "The provider should develop its health promotion work, including offering blood-borne virus testing to every prisoner on arrival.",
  E, None, "Effective > Health promotion", ["9"]),
 ("must", EUC, "The trust must ensure that crews record a full set of observations and a NEWS2 score for all patients, and that patients who are not conveyed are given appropriate safety-netting advice. (Regulation 12 (1) (2) (a) (b))",
  S, None, "Safe > Assessing and responding to patient risk", ["12"]),
 ("should", RH, "The provider should ensure that staff feel able to raise concerns without fear of victimisation and know who the freedom to speak up guardian is.",
  W, None, "Well-led > Culture", ["17"]),
 ("should", AW, "The trust should ensure that complaints are acknowledged and responded to within the timescales in its complaints policy and that complainants are told the outcome.",
  R, None, "Responsive > Listening to and learning from concerns and complaints", ["16"]),
 ("should", CH, "The provider should ensure that people's care plans include information about their life history, interests, and cultural and religious needs.",
  R, E, "Responsive > Meeting people's individual needs", ["9"]),
]

KQS = {S, E, C, R, W}


def main():
    assert len(ITEMS) == 80, len(ITEMS)
    st, lb = [], []
    texts = set()
    for i, (kind, svc, text, kq, also, cat, regs) in enumerate(ITEMS, 1):
        sid = f"JH-{i:03d}"
        assert kind in ("must", "should")
        assert kq in KQS and (also is None or (also in KQS and also != kq))
        assert cat.split(" > ")[0] == kq, (sid, cat)
        assert text not in texts
        texts.add(text)
        if kind == "must":
            assert " must " in text, sid
        else:
            assert " should " in text or text.startswith("We recommend"), sid
        st.append({"id": sid, "kind": kind, "service": svc, "text": text})
        lb.append({"id": sid, "kq": kq, "kq_also": also, "category": cat, "regulation": regs})
    with open(os.path.join(OUT, "statements.jsonl"), "w") as f:
        for r in st:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w") as f:
        for r in lb:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    kinds = Counter(r["kind"] for r in st)
    cited = sum(1 for r in st if "(Reg" in r["text"] or "Regulation" in r["text"])
    print("kinds", dict(kinds))
    print("must cited", sum(1 for r in st if r["kind"] == "must" and "egulation" in r["text"] or r["kind"] == "must" and "(Reg " in r["text"]))
    print("should cited", sum(1 for r in st if r["kind"] == "should" and "egulation" in r["text"]))
    print("kq", dict(Counter(r["kq"] for r in lb)))
    print("kq_also set", sum(1 for r in lb if r["kq_also"]))
    print("regs", dict(Counter(x for r in lb for x in r["regulation"])))
    print("empty regs", [r["id"] for r in lb if not r["regulation"]])
    print("services", dict(Counter(r["service"] for r in st)))


if __name__ == "__main__":
    main()
