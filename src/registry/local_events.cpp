// SPDX-License-Identifier: Apache-2.0
#include "registry/local_events.hpp"

#include <cmath>

#include "core/error.hpp"
#include "crypto/crypto.hpp"
#include "extract/day.hpp"
#include "registry/history_codec.hpp"
#include "store/organisation_repository.hpp"
#include "store/person_repository.hpp"
#include "store/register_repository.hpp"

namespace lcn::registry {
namespace {

bool IsSctid(const std::string& code) {
  if (code.size() < 6 || code.size() > 18 || code[0] == '0') {
    return false;
  }
  for (const char c : code) {
    if (c < '0' || c > '9') {
      return false;
    }
  }
  return true;
}

}  // namespace

void RecordEvent(sql::Transaction& tx, PersonId person, const NewEvent& event,
                 std::optional<UserId> by, Micros now) {
  const auto p = store::PersonRepository(tx).FindById(person);
  if (!p) {
    throw Error(ErrorCode::kNotFound, "no such person");
  }
  IssueCollector issues;
  if (!IsSctid(event.code)) {
    issues.Add("code", "must be a SNOMED CT concept id: 6 to 18 digits, not starting with 0");
  }
  const auto day = extract::ParseDay(event.date);
  const auto birth = extract::ParseDay(p->birth_date);
  if (!day) {
    issues.Add("date", "must be a real date written YYYY-MM-DD");
  } else if (*day > extract::DayOf(now)) {
    issues.Add("date", "must not be in the future");
  } else if (birth && *day < *birth) {
    issues.Add("date", "must not be before the person's date of birth");
  }
  if (event.value && (!std::isfinite(*event.value) || std::fabs(*event.value) > 3.0e38)) {
    issues.Add("value", "must be a finite number");
  }
  issues.ThrowIfAny("the event is not valid");

  store::RegisterRepository registry(tx);
  if (!registry.Find(person)) {
    std::optional<domain::Organisation> practice;
    if (p->practice_id) {
      practice = store::OrganisationRepository(tx).FindById(*p->practice_id);
    }
    if (!practice || !practice->ods_code) {
      throw Error(ErrorCode::kConflict,
                  "this person has no registered GP practice, so they cannot be in the register",
                  {{"practiceId", "set the person's registered practice first"}});
    }
    store::RegisterEntry entry;
    entry.person_id = person;
    entry.practice_ods = *practice->ods_code;
    entry.source_id = "lcn:" + std::to_string(person.Value());
    entry.history = EncodeHistory({});
    entry.content_hash = crypto::Sha256Hex(entry.history);
    registry.InsertMany({entry}, now);
  }
  store::LocalEvent e;
  e.person_id = person;
  e.code = std::stoll(event.code);
  e.date = event.date;
  e.value = event.value;
  e.recorded_by = by;
  e.recorded_at = now;
  registry.AddLocalEvent(e);
}

}  // namespace lcn::registry
