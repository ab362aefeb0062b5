// SPDX-License-Identifier: Apache-2.0
//
// An MDT meeting's case list: add a person (from the suggestions or by hand, with the reason),
// read one case with its outcome and the tasks its actions became, take a case off before the
// meeting is held, and a person's MDT history. Adding someone extends the mdt-case-list
// relationship to every participant, so the one who adds them needs a standing relationship
// with the person (registered practice, network role or care team; not break-glass, nor another
// case list). Every decision about a person is audited.
#include "api/handlers/person_scope.hpp"
#include "api/json_body.hpp"
#include "api/json_mapping.hpp"
#include "api/problem.hpp"
#include "auth/person_access.hpp"
#include "care/mdt/mdt_access.hpp"
#include "care/mdt/mdt_case_repository.hpp"
#include "care/mdt/mdt_handlers.hpp"
#include "care/mdt/mdt_json.hpp"
#include "core/time_format.hpp"
#include "store/person_repository.hpp"
#include "store/relationship_repository.hpp"
#include "store/run_in_transaction.hpp"

namespace lcn::api::handlers {
namespace {

using nlohmann::json;
using store::RelationshipBasis;

std::vector<store::Task> TasksOf(sql::Transaction& tx, std::int64_t case_id) {
  store::TaskRepository tasks(tx);
  std::vector<store::Task> out;
  for (const std::int64_t t : store::MdtCaseRepository(tx).Tasks(case_id)) {
    if (auto task = tasks.Find(t)) {
      out.push_back(std::move(*task));
    }
  }
  return out;
}

// The case `case_id` of meeting `meeting`; Error(kNotFound) otherwise.
store::MdtCase FindCase(sql::Transaction& tx, std::int64_t meeting, std::int64_t case_id) {
  auto c = store::MdtCaseRepository(tx).Find(case_id);
  if (!c || c->meeting != meeting) {
    throw Error(ErrorCode::kNotFound, "the meeting has no such case");
  }
  return std::move(*c);
}

bool IsStanding(RelationshipBasis basis) {
  return basis == RelationshipBasis::kRegisteredPractice ||
         basis == RelationshipBasis::kNetworkRole || basis == RelationshipBasis::kCareTeam;
}

}  // namespace

Response AddMdtCase(const Request& req, const Call& call) {
  const std::int64_t id = PathId(req.path_params.at("id"));
  JsonBody body(req.body);
  const auto person_id = body.Integer("personId", true);
  const auto reason = body.String("reason", true);
  domain::MdtCaseSource source = domain::MdtCaseSource::kAddedByHand;
  if (const auto text = body.String("source", false)) {
    if (const auto s = domain::ParseMdtCaseSource(*text)) {
      source = *s;
    } else {
      body.Invalid("source", "must be worklist, referral, review_due, mdt_review or added_by_hand");
    }
  }
  body.ThrowIfInvalid();
  const PersonId person(*person_id);
  const Micros now = call.services.clock.Now();
  return store::RunInTransaction(call.services.db, sql::TransactionMode::kReadWrite, [&](auto& tx) {
    const MeetingAccess access = OpenMeeting(tx, call, id);
    if (!domain::CasesCanBeAdded(access.meeting.state)) {
      return Problem(
          409, "illegal-change", "This change is not allowed",
          "people are added to a case list before or during the meeting, not once "
          "it is " +
              std::string(domain::MeetingStateName(access.meeting.state)),
          {{"from", domain::MeetingStateName(access.meeting.state)},
           {"allowed", MeetingStateNames(domain::AllowedMeetingChanges(access.meeting.state))}});
    }
    if (!store::PersonRepository(tx).FindById(person)) {
      throw Error(ErrorCode::kBadRequest, "no such person", {{"personId", "is not a person"}});
    }
    const auto relationship =
        store::RelationshipRepository(tx).Find(call.Who().AsAccessor(), person, now);
    const std::string where = "MDT meeting " + std::to_string(id);
    if (!relationship || !IsStanding(relationship->basis)) {
      auth::AuditPersonAccess(
          tx, call.Who(), now,
          {"mdt-add-case", person.Value(), "denied", std::nullopt, std::nullopt,
           where + ": " +
               (relationship ? "needs a standing relationship, not " +
                                   std::string(store::RelationshipBasisName(relationship->basis))
                             : std::string("no legitimate relationship"))});
      if (!relationship) {
        return NoLegitimateRelationship(call, person);
      }
      return Problem(403, "standing-relationship-needed", "A standing relationship is needed",
                     "to put someone on a case list you need a relationship with them through "
                     "their practice, your network role or their care team; break-glass or "
                     "another case list is not enough",
                     {{"personId", person.Value()}});
    }
    auth::AuditPersonAccess(
        tx, call.Who(), now,
        {"mdt-add-case", person.Value(), "allowed",
         std::string(store::RelationshipBasisName(relationship->basis)), std::nullopt,
         where + ", from " + std::string(domain::MdtCaseSourceName(source))});
    store::MdtCase c;
    c.meeting = id;
    c.person.id = person;
    c.source = source;
    c.reason = *reason;
    c.added_by = call.Who().user_id;
    store::MdtCaseRepository cases(tx);
    const std::int64_t case_id = cases.Add(c, now);
    return Json(201, CaseJson(*cases.Find(case_id), {}));
  });
}

Response GetMdtCase(const Request& req, const Call& call) {
  const std::int64_t id = PathId(req.path_params.at("id"));
  const std::int64_t case_id = PathId(req.path_params.at("caseId"));
  const Micros now = call.services.clock.Now();
  return store::RunInTransaction(call.services.db, sql::TransactionMode::kReadWrite, [&](auto& tx) {
    const MeetingAccess access = OpenMeeting(tx, call, id);
    const store::MdtCase c = FindCase(tx, id, case_id);
    if (!auth::DecidePersonAccess(tx, call.Who(), c.person.id, "read-mdt-case", now)) {
      return NoLegitimateRelationship(call, c.person.id);
    }
    json j = CaseJson(c, TasksOf(tx, case_id));
    j["meeting"] = MeetingJson(access.meeting);
    j["decisions"] = json::array();
    for (const auto d : domain::AllMdtDecisions()) {
      j["decisions"].push_back(domain::MdtDecisionName(d));
    }
    return Json(200, j);
  });
}

Response RemoveMdtCase(const Request& req, const Call& call) {
  const std::int64_t id = PathId(req.path_params.at("id"));
  const std::int64_t case_id = PathId(req.path_params.at("caseId"));
  const Micros now = call.services.clock.Now();
  return store::RunInTransaction(call.services.db, sql::TransactionMode::kReadWrite, [&](auto& tx) {
    const MeetingAccess access = OpenMeeting(tx, call, id);
    const store::MdtCase c = FindCase(tx, id, case_id);
    if (!domain::CasesCanBeRemoved(access.meeting.state)) {
      return Problem(
          409, "illegal-change", "This change is not allowed",
          "a case stays on the list once the meeting is " +
              std::string(domain::MeetingStateName(access.meeting.state)),
          {{"from", domain::MeetingStateName(access.meeting.state)},
           {"allowed", MeetingStateNames(domain::AllowedMeetingChanges(access.meeting.state))}});
    }
    if (!auth::DecidePersonAccess(tx, call.Who(), c.person.id, "mdt-remove-case", now)) {
      return NoLegitimateRelationship(call, c.person.id);
    }
    store::MdtCaseRepository(tx).Remove(id, case_id);
    Response r;
    r.status = 204;
    return r;
  });
}

Response GetPersonMdtCases(const Request& req, const Call& call) {
  const PersonId person(PathId(req.path_params.at("id")));
  return WithPersonAccess(call, person, "read-mdt-cases", [&](auto& tx, Micros) {
    json items = json::array();
    for (const auto& c : store::MdtCaseRepository(tx).ForPerson(person)) {
      json j = CaseJson(c, TasksOf(tx, c.id));
      j["meeting"] = {{"id", c.meeting},
                      {"title", c.meeting_title},
                      {"startsAt", FormatInstant(c.meeting_starts_at)},
                      {"state", domain::MeetingStateName(c.meeting_state)}};
      items.push_back(std::move(j));
    }
    return Json(200, {{"items", items}});
  });
}

}  // namespace lcn::api::handlers
