# -*- coding: utf-8 -*-
EOC = dict(
 file="wealdmoor_eoc.pdf", service="Emergency operations centre (EOC)", short="emergency operations centre",
 ratings=dict(overall="Requires improvement", safe="Requires improvement", effective="Requires improvement",
              caring="Good", responsive="Requires improvement", well_led="Requires improvement"),
 trend="Our rating of this service went down. We rated it as requires improvement because:",
 summary=[
  "The service did not always have enough call handlers and clinical advisors to answer calls promptly and to keep patients waiting for an ambulance safe.",
  "Not all staff had completed mandatory training or had an annual appraisal.",
  "Incident investigations were not always completed in a timely way.",
  "However, staff treated callers with compassion and kindness, and managers were visible and approachable.",
 ],
 facts="The trust has two emergency operations centres, at Kestrel House in Westbury-on-Lane and at Marlcombe. They receive 999 and NHS 111 transfers, triage calls using a nationally recognised triage system and dispatch resources across the region. In the year before our inspection the centres handled about 742,000 emergency calls. A clinical hub of paramedics and nurses gives telephone advice and reviews patients waiting for a response.",
 kq=[
  ("Is the service safe?", "Requires improvement", [
   ("Mandatory training", "The service provided mandatory training in key skills but not everyone had completed it. Compliance for emergency operations centre staff was 71% against the trust target of 85%. Managers told us that abstraction from the call floor had been cancelled at short notice during periods of high demand."),
   ("Safeguarding", "Most staff understood how to protect patients from abuse. However, some newer call handlers were not sure how to raise a safeguarding referral from the computer-aided dispatch system and told us they would ask a team leader."),
   ("Staffing", "The service did not always have enough call handlers and clinical advisors. On 19 of the 30 days we reviewed, the number of call handlers on the night shift was below the planned establishment."),
   ("Assessing and responding to patient risk", "Patients waiting for an ambulance did not always receive a welfare call at the interval set out in the trust’s call-back policy. We reviewed 40 incidents held in the stack and found 17 where the welfare call was late or had not taken place."),
   ("Incidents", "Staff knew how to report incidents. However, at the time of inspection there were 58 open incident investigations, 11 of them serious incidents that had passed the 60-day deadline."),
  ]),
  ("Is the service effective?", "Requires improvement", [
   ("Evidence-based care and treatment", "Call handlers used a nationally recognised triage system. Audits of call handling were behind schedule; in March 2019 only 46% of the required audits had been completed, and staff told us they seldom received feedback."),
   ("Competent staff", "Appraisal rates were low, at 62% for all emergency operations centre staff. Clinical advisors in the clinical hub told us clinical supervision was irregular. Four clinicians had begun working unsupervised before their remote clinical assessment competencies were signed off."),
  ]),
  ("Is the service caring?", "Good", [
   ("Compassionate care", "We listened to calls and heard call handlers treating callers with kindness and patience, including callers who were distressed."),
  ]),
  ("Is the service responsive?", "Requires improvement", [
   ("Access and flow", "The mean time to answer 999 calls was longer than the national standard in each of the six months before our inspection."),
   ("Meeting people’s individual needs", "Special patient notes helped staff to meet the needs of people with complex conditions, but some notes on the dispatch system had not been reviewed for more than two years."),
   ("Learning from complaints and concerns", "Complaints about the service were not always answered in the timescales set out in the trust’s policy."),
  ]),
  ("Is the service well-led?", "Requires improvement", [
   ("Governance", "Several standard operating procedures used on the call floor had passed their review dates, including the procedure for managing calls during periods of surge."),
   ("Management of risk, issues and performance", "The risk register did not include all the risks managers described to us, and some mitigating actions were more than six months overdue."),
  ]),
 ],
 notices=[
  ("Regulation 12 HSCA (RA) Regulations 2014 Safe care and treatment", "Welfare calls to patients waiting for a response were not made at the intervals required by the trust’s call-back policy."),
  ("Regulation 17 HSCA (RA) Regulations 2014 Good governance", "Serious incident investigations were not completed within required timescales. Audits of call handling were not completed at the required frequency."),
  ("Regulation 18 HSCA (RA) Regulations 2014 Staffing", "Staffing on the call floor did not meet the planned establishment. Staff had not completed mandatory training or received an annual appraisal."),
 ],
)

EUC = dict(
 file="wealdmoor_emergency_urgent_care.pdf", service="Emergency and urgent care", short="emergency and urgent care service",
 ratings=dict(overall="Requires improvement", safe="Requires improvement", effective="Requires improvement",
              caring="Good", responsive="Requires improvement", well_led="Good"),
 trend="Our rating of this service stayed the same. We rated it as requires improvement because:",
 summary=[
  "Medicines, including controlled drugs and medical gases, were not always managed safely at ambulance stations.",
  "Vehicle and equipment checks were not always completed, and patient care records were often incomplete.",
  "Not all staff had completed mandatory training, had an appraisal or had access to clinical supervision.",
  "However, staff cared for patients with compassion, and local leaders were visible and supportive.",
 ],
 facts="The emergency and urgent care service responds to 999 calls across the region from 31 ambulance stations and three hubs. The trust employs about 2,300 frontline staff, including paramedics, emergency medical technicians and emergency care assistants. In the year before our inspection crews attended about 512,000 incidents.",
 kq=[
  ("Is the service safe?", "Requires improvement", [
   ("Mandatory training", "Completion of mandatory training was 74%, below the trust target of 85%. Only 58% of crews had completed conflict resolution training and 63% manual handling. Several staff had not attended the annual clinical update."),
   ("Cleanliness, infection control and hygiene", "Vehicles we inspected were visibly clean, but records showed that 23% of vehicles were overdue a deep clean."),
   ("Environment and equipment", "Daily vehicle checklists were missing or incomplete for 40 of the 120 shifts we reviewed, including defibrillator checks. Eleven vehicles had passed their scheduled service date."),
   ("Medicines", "At four of the nine stations we visited, controlled drugs registers contained gaps and unexplained balances. At two stations the controlled drug safe was unlocked and keys were kept in an unlocked drawer. Oxygen and Entonox cylinders were stored in an unventilated corridor at one station."),
   ("Records", "We reviewed 60 patient care records. Pain scores were missing from 19, a full set of observations from 14, and the reasons for not conveying the patient from 9 of 22 relevant records. Some paper records were left in vehicle cabs after shifts."),
   ("Incidents", "Staff reported incidents but told us they rarely heard what had changed as a result. We found two notifiable safety incidents where there was no record that the duty of candour had been applied."),
   ("Safeguarding", "Staff knew how to recognise abuse. A small number were unsure how to make a referral out of hours."),
   ("Staffing", "Rotas were not always filled. In the three months before our inspection an average of 9% of planned ambulance shifts were not staffed."),
  ]),
  ("Is the service effective?", "Requires improvement", [
   ("Competent staff", "Appraisal completion for road staff was 66%. Paramedics and emergency care assistants told us that they had little or no protected time for clinical supervision."),
   ("Consent, Mental Capacity Act and Deprivation of Liberty Safeguards", "Where patients declined treatment or transport to hospital, crews did not always assess or record the patient’s mental capacity."),
  ]),
  ("Is the service caring?", "Good", [
   ("Compassionate care", "We saw crews treat patients with dignity and kindness. Patients told us staff explained what they were doing."),
  ]),
  ("Is the service responsive?", "Requires improvement", [
   ("Access and flow", "The service did not meet the national standards for category 1 and category 2 mean response times. Handover delays at two emergency departments regularly exceeded one hour."),
  ]),
  ("Is the service well-led?", "Good", [
   ("Leadership", "Local leaders were visible and staff described them as approachable."),
   ("Governance", "Clear governance structures were in place, and managers understood the performance of their stations."),
  ]),
 ],
 notices=[
  ("Regulation 11 HSCA (RA) Regulations 2014 Need for consent", "Patients’ mental capacity was not assessed or recorded when they declined treatment or conveyance."),
  ("Regulation 12 HSCA (RA) Regulations 2014 Safe care and treatment", "Controlled drugs and medical gases were not managed safely."),
  ("Regulation 15 HSCA (RA) Regulations 2014 Premises and equipment", "Equipment checks were not completed before shifts."),
  ("Regulation 17 HSCA (RA) Regulations 2014 Good governance", "Patient care records were incomplete."),
  ("Regulation 18 HSCA (RA) Regulations 2014 Staffing", "Staff had not completed mandatory training and did not have access to clinical supervision."),
  ("Regulation 20 HSCA (RA) Regulations 2014 Duty of candour", "The duty of candour was not applied for all notifiable safety incidents."),
 ],
)

PTS = dict(
 file="wealdmoor_patient_transport.pdf", service="Patient transport services", short="patient transport service",
 ratings=dict(overall="Requires improvement", safe="Requires improvement", effective="Good",
              caring="Good", responsive="Requires improvement", well_led="Requires improvement"),
 trend="Our rating of this service improved. We rated it as requires improvement because:",
 summary=[
  "Not all staff, including volunteer car drivers, had a Disclosure and Barring Service check before they began work.",
  "Vehicles were not always deep cleaned in line with the schedule, and equipment was not always secured safely.",
  "Governance systems did not give leaders a clear view of the quality of subcontracted journeys.",
  "However, staff were kind and caring, and patients spoke highly of the service.",
 ],
 facts="The patient transport service takes eligible patients to and from hospital appointments, admissions and discharges. It operates from 12 stations, and uses volunteer car drivers and two subcontracted transport providers. In the year before our inspection the service completed about 398,000 journeys.",
 kq=[
  ("Is the service safe?", "Requires improvement", [
   ("Mandatory training", "Compliance with mandatory training was 79%. Bank staff had the lowest completion rates."),
   ("Safeguarding", "Seven of the 25 volunteer car driver files we reviewed contained no Disclosure and Barring Service check, although the drivers had been transporting patients. Checks for some longer-serving staff had not been renewed as the trust’s policy required."),
   ("Cleanliness, infection control and hygiene", "Deep clean records showed that 31% of patient transport vehicles were overdue."),
   ("Environment and equipment", "On two journeys we observed, a wheelchair was not secured with the correct restraints. Daily inspection checklists were incomplete for a third of the vehicles we checked. Medical gas cylinders were stored in an unlocked cage at one station, with full and empty cylinders mixed."),
   ("Incidents", "Staff reported incidents, but learning was not shared consistently; some staff could not recall receiving any feedback."),
  ]),
  ("Is the service effective?", "Good", [
   ("Competent staff", "Seventy-eight per cent of staff had an annual performance and development review."),
   ("Consent, Mental Capacity Act and Deprivation of Liberty Safeguards", "Some staff were unclear about their responsibilities under the Mental Capacity Act 2005."),
  ]),
  ("Is the service caring?", "Good", [
   ("Compassionate care", "Patients told us crews were friendly and helpful, and made them feel safe."),
  ]),
  ("Is the service responsive?", "Requires improvement", [
   ("Access and flow", "Patients waiting to go home after discharge from hospital often waited more than two hours. Eligibility criteria were not applied consistently when journeys were booked."),
   ("Learning from complaints and concerns", "Complaints were not always answered within the timescales in the trust’s policy."),
  ]),
  ("Is the service well-led?", "Requires improvement", [
   ("Governance", "Leaders did not receive reliable information about the quality of journeys completed by subcontracted providers. Several local policies had passed their review dates."),
   ("Management of risk, issues and performance", "The service risk register did not reflect all current risks and some entries had not been reviewed for over a year."),
  ]),
 ],
 notices=[
  ("Regulation 12 HSCA (RA) Regulations 2014 Safe care and treatment", "Vehicles were not deep cleaned in line with the schedule and equipment was not secured."),
  ("Regulation 17 HSCA (RA) Regulations 2014 Good governance", "Systems did not monitor the quality of subcontracted services."),
  ("Regulation 19 HSCA (RA) Regulations 2014 Fit and proper persons employed", "Disclosure and Barring Service checks had not been obtained for all staff before they started work."),
 ],
)
