// SPDX-License-Identifier: Apache-2.0
#include "casefinding/loaders/from_extract.hpp"

#include "casefinding/population_builder.hpp"

namespace lcn::casefinding {
namespace {

EncounterKind KindOf(extract::EncounterType type) {
  switch (type) {
    case extract::EncounterType::kEmergencyAdmission:
      return EncounterKind::kEmergencyAdmission;
    case extract::EncounterType::kAeAttendance:
      return EncounterKind::kAeAttendance;
    case extract::EncounterType::kElectiveAdmission:
      return EncounterKind::kElectiveAdmission;
    case extract::EncounterType::kOutpatient:
      return EncounterKind::kOutpatient;
  }
  return EncounterKind::kOutpatient;
}

}  // namespace

Population FromExtract(extract::Extract&& x, ExtractStats* stats) {
  PopulationBuilder b;
  b.Reserve(x.patients.size(), x.events.size());
  for (auto& p : x.patients) {
    b.AddPerson(std::move(p.patient_id), p.birth_day, p.sex, p.practice, p.care_home.has_value(),
                p.death_day.value_or(kNoDay));
  }
  x.patients = {};
  for (const auto& e : x.events) {
    b.AddEvent(e.patient, e.code, e.day, e.value);
  }
  const std::size_t input_events = x.events.size();
  x.events = {};
  for (const auto& m : x.medications) {
    b.AddMedication(m.patient, m.code, m.day);
  }
  const std::size_t input_medications = x.medications.size();
  x.medications = {};
  for (const auto& c : x.encounters) {
    b.AddEncounter(c.patient, KindOf(c.type), c.start_day);
  }
  x.encounters = {};
  Population pop = b.Build();
  if (stats != nullptr) {
    stats->people = pop.Size();
    stats->events = pop.EventCount();
    stats->duplicate_rows =
        input_events + input_medications - pop.EventCount() - pop.medication_code.size();
  }
  return pop;
}

}  // namespace lcn::casefinding
