// SPDX-License-Identifier: Apache-2.0
#include "registry/register_loader.hpp"

#include <cmath>
#include <unordered_map>

#include "core/error.hpp"
#include "extract/day.hpp"
#include "registry/history_codec.hpp"

namespace lcn::registry {
namespace {

casefinding::Day DayOrFail(const std::string& text, const char* what) {
  const auto day = extract::ParseDay(text);
  if (!day) {
    throw Error(ErrorCode::kInternal, std::string("a stored ") + what + " is not a date");
  }
  return *day;
}

casefinding::EncounterKind KindOf(extract::EncounterType type) {
  switch (type) {
    case extract::EncounterType::kEmergencyAdmission:
      return casefinding::EncounterKind::kEmergencyAdmission;
    case extract::EncounterType::kAeAttendance:
      return casefinding::EncounterKind::kAeAttendance;
    case extract::EncounterType::kElectiveAdmission:
      return casefinding::EncounterKind::kElectiveAdmission;
    case extract::EncounterType::kOutpatient:
      return casefinding::EncounterKind::kOutpatient;
  }
  return casefinding::EncounterKind::kOutpatient;
}

}  // namespace

std::uint32_t AddToBuilder(casefinding::PopulationBuilder& builder,
                           const store::RegisterLoadRow& row, const History& history) {
  const std::uint32_t r = builder.AddPerson(
      std::to_string(row.person_id.Value()), DayOrFail(row.birth_date, "birth date"),
      domain::ParseSex(row.sex).value_or(domain::Sex::kUnknown), row.practice_ods,
      row.care_home_ods.has_value(),
      row.death_date ? DayOrFail(*row.death_date, "death date") : casefinding::kNoDay);
  for (const CodedEntry& e : history.events) {
    builder.AddEvent(r, e.code, e.day, e.value);
  }
  for (const MedicationEntry& m : history.medications) {
    builder.AddMedication(r, m.code, m.day);
  }
  for (const EncounterEntry& e : history.encounters) {
    builder.AddEncounter(r, KindOf(e.type), e.start_day);
  }
  return r;
}

void FillHistory(const store::RegisterLoadRow& row, const std::vector<store::LocalEvent>& local,
                 History& h) {
  DecodeHistoryInto(row.history, h);
  for (const store::LocalEvent& e : local) {
    h.events.push_back({e.code, DayOrFail(e.date, "event date"),
                        e.value ? static_cast<float>(*e.value) : std::nanf("")});
  }
}

History HistoryOf(const store::RegisterLoadRow& row, const std::vector<store::LocalEvent>& local) {
  History h;
  FillHistory(row, local, h);
  return h;
}

LoadedRegister LoadRegister(sql::Database& db) {
  LoadedRegister out;
  casefinding::PopulationBuilder builder;
  auto tx = db.Begin(sql::TransactionMode::kReadOnly);
  store::RegisterRepository repo(*tx);
  std::unordered_map<std::int64_t, std::vector<store::LocalEvent>> local;
  for (auto& e : repo.LocalEvents()) {
    local[e.person_id.Value()].push_back(std::move(e));
  }
  // Growing the columns by doubling copies them and touches about twice their final memory,
  // which is most of a cold start's cost. So the builder reserves once, for everyone, at the
  // rates of the first thousand people read plus half again: the register is in person order,
  // so the first thousand are one practice's people, whose rates can be 10% under the whole
  // register's (the 2-million demo), and room never used is only address space, not memory.
  constexpr std::size_t kSample = 1000;
  const auto total = static_cast<std::size_t>(repo.CountPatients());
  out.people.reserve(total);
  out.left.reserve(total);
  std::size_t rows = 0, events = 0, medications = 0, encounters = 0;
  const auto scaled = [&](std::size_t sampled) { return sampled * total / rows * 3 / 2 + 1024; };
  static const std::vector<store::LocalEvent> kNone;
  History history;  // one person's at a time, its memory reused
  repo.ForEachForLoad([&](store::RegisterLoadRow&& row) {
    const auto it = local.find(row.person_id.Value());
    FillHistory(row, it == local.end() ? kNone : it->second, history);
    AddToBuilder(builder, row, history);
    out.people.push_back(row.person_id);
    out.left.push_back(row.left ? 1 : 0);
    events += history.events.size();
    medications += history.medications.size();
    encounters += history.encounters.size();
    if (++rows == kSample && total > kSample) {
      builder.Reserve(total, scaled(events), scaled(medications), scaled(encounters));
    }
  });
  tx.reset();
  out.population = builder.Build();
  return out;
}

std::optional<store::RegisterLoadRow> LoadOne(sql::Transaction& tx, PersonId person) {
  std::optional<store::RegisterLoadRow> out;
  store::RegisterRepository(tx).ForEachForLoad(
      [&](store::RegisterLoadRow&& row) { out = std::move(row); }, person);
  return out;
}

}  // namespace lcn::registry
