// SPDX-License-Identifier: Apache-2.0
//
// People: search, read, register and change. Every decision about a person's record is made
// by auth::DecidePersonAccess and audited in the same transaction as the data it touched.
#include "api/json_body.hpp"
#include "api/json_mapping.hpp"
#include "api/problem.hpp"
#include "auth/person_access.hpp"
#include "core/time_format.hpp"
#include "domain/nhs_number.hpp"
#include "domain/vocabularies.hpp"
#include "people/people_handlers.hpp"
#include "people/person_rules.hpp"
#include "store/organisation_repository.hpp"
#include "store/person_repository.hpp"
#include "store/run_in_transaction.hpp"

namespace lcn::api::handlers {
namespace {

using nlohmann::json;
using people::CheckNhsNumberFree;
using people::CheckPractice;
using sql::TransactionMode;

constexpr int kMaxSearchResults = 50;

std::optional<domain::Organisation> PracticeOf(sql::Transaction& tx, const domain::Person& p) {
  return p.practice_id ? store::OrganisationRepository(tx).FindById(*p.practice_id) : std::nullopt;
}

Response Refusal(const Call& call, PersonId person) {
  return Problem(
      403, "no-legitimate-relationship", "No care relationship",
      "this person is not registered with your organisation or within a network you "
      "work across; use break-glass only if you need emergency access for their care",
      {{"personId", person.Value()},
       {"breakGlassAvailable", auth::RoleHas(call.Who().role, auth::Permission::kBreakGlass)}});
}

// Reads and validates the demographic fields into `p`; `version` is required on update.
void ReadPerson(JsonBody& body, domain::Person& p) {
  if (auto nhs = body.String("nhsNumber", false)) {
    if (auto canonical = domain::NormaliseNhsNumber(*nhs)) {
      p.nhs_number = canonical;
    } else {
      body.Invalid("nhsNumber", "is not a valid NHS number (10 digits with a correct check digit)");
    }
  }
  if (auto given = body.String("givenName", true)) {
    p.given_name = *given;
  }
  if (auto family = body.String("familyName", true)) {
    p.family_name = *family;
  }
  if (auto birth = body.String("birthDate", true)) {
    const auto date = ParseDate(*birth);
    if (!date) {
      body.Invalid("birthDate", "must be a real date written YYYY-MM-DD");
    } else if (*date > DateOf(SystemClock().Now())) {
      body.Invalid("birthDate", "must not be in the future");
    } else {
      p.birth_date = FormatDate(*date);
    }
  }
  if (const auto sex = body.Choice("sex", true, domain::Sexes())) {
    p.sex = *sex;
  }
  p.postcode = body.String("postcode", false);
  if (auto practice = body.Integer("practiceId", false)) {
    p.practice_id = OrganisationId(*practice);
  }
}

}  // namespace

Response SearchPeople(const Request& req, const Call& call) {
  const auto nhs = req.Query("nhsNumber");
  const auto family = req.Query("familyName");
  const auto birth = req.Query("birthDate");
  const auto given = req.Query("givenName");
  IssueCollector issues;
  std::optional<std::string> canonical;
  if (nhs) {
    canonical = domain::NormaliseNhsNumber(*nhs);
    if (!canonical) {
      issues.Add("nhsNumber", "is not a valid NHS number (10 digits with a correct check digit)");
    }
  } else {
    if (!family || family->empty()) {
      issues.Add("familyName", "is required when searching without an NHS number");
    }
    if (!birth || !ParseDate(*birth)) {
      issues.Add("birthDate", "is required as YYYY-MM-DD when searching without an NHS number");
    }
  }
  issues.ThrowIfAny("search by NHS number, or by family name and date of birth");
  const Micros now = call.services.clock.Now();
  return store::RunInTransaction(call.services.db, TransactionMode::kReadWrite, [&](auto& tx) {
    store::PersonRepository people(tx);
    std::vector<domain::Person> found;
    if (canonical) {
      if (auto p = people.FindByNhsNumber(*canonical)) {
        found.push_back(*p);
      }
    } else {
      found = people.SearchByNameAndBirthDate(*family, *birth, given, kMaxSearchResults);
    }
    json items = json::array();
    int withheld = 0;
    std::optional<PersonId> refused;
    for (const auto& p : found) {
      const auto access = auth::DecidePersonAccess(tx, call.Who(), p.id, "search-result", now);
      if (access) {
        items.push_back(PersonJson(p, PracticeOf(tx, p), access));
      } else {
        ++withheld;
        refused = p.id;
      }
    }
    auth::AuditPersonAccess(
        tx, call.Who(), now,
        {"search", std::nullopt, "allowed", std::nullopt, std::nullopt,
         std::string(canonical ? "by NHS number" : "by name and birth date") + "; shown " +
             std::to_string(items.size()) + ", withheld " + std::to_string(withheld)});
    if (canonical && refused) {
      return Refusal(call, *refused);
    }
    return Json(200, {{"items", items}, {"withheld", withheld}});
  });
}

Response GetPerson(const Request& req, const Call& call) {
  const PersonId id(PathId(req.path_params.at("id")));
  const Micros now = call.services.clock.Now();
  return store::RunInTransaction(call.services.db, TransactionMode::kReadWrite, [&](auto& tx) {
    const auto person = store::PersonRepository(tx).FindById(id);
    if (!person) {
      throw Error(ErrorCode::kNotFound, "no person has this id");
    }
    const auto access = auth::DecidePersonAccess(tx, call.Who(), id, "read", now);
    if (!access) {
      return Refusal(call, id);
    }
    return Json(200, PersonJson(*person, PracticeOf(tx, *person), access));
  });
}

Response CreatePerson(const Request& req, const Call& call) {
  JsonBody body(req.body);
  domain::Person incoming;
  ReadPerson(body, incoming);
  body.ThrowIfInvalid();
  const Micros now = call.services.clock.Now();
  return store::RunInTransaction(call.services.db, TransactionMode::kReadWrite, [&](auto& tx) {
    CheckPractice(tx, incoming);
    store::PersonRepository people(tx);
    CheckNhsNumberFree(people, incoming);
    domain::Person p = incoming;
    p.id = people.Insert(incoming, now);
    // Registering someone is allowed only where the registrant would then have a relationship;
    // a refusal rolls the insert back and the router audits it.
    const auto access = auth::DecidePersonAccess(tx, call.Who(), p.id, "create", now);
    if (!access) {
      throw Error(ErrorCode::kForbidden,
                  "you may register people only at your own practice or within a network you "
                  "work across",
                  {{"practiceId", "is outside your care relationship"}});
    }
    return Json(201, PersonJson(p, PracticeOf(tx, p), access));
  });
}

Response UpdatePerson(const Request& req, const Call& call) {
  const PersonId id(PathId(req.path_params.at("id")));
  JsonBody body(req.body);
  domain::Person incoming;
  ReadPerson(body, incoming);
  const auto version = body.Integer("version", true);
  body.ThrowIfInvalid();
  incoming.id = id;
  incoming.version = *version;
  const Micros now = call.services.clock.Now();
  return store::RunInTransaction(call.services.db, TransactionMode::kReadWrite, [&](auto& tx) {
    store::PersonRepository people(tx);
    if (!people.FindById(id)) {
      throw Error(ErrorCode::kNotFound, "no person has this id");
    }
    const auto access = auth::DecidePersonAccess(tx, call.Who(), id, "update", now);
    if (!access) {
      return Refusal(call, id);
    }
    CheckPractice(tx, incoming);
    CheckNhsNumberFree(people, incoming);
    domain::Person p = incoming;
    p.version = people.Update(incoming, now);
    return Json(200, PersonJson(p, PracticeOf(tx, p), access));
  });
}

}  // namespace lcn::api::handlers
