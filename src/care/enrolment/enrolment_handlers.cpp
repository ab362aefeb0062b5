// SPDX-License-Identifier: Apache-2.0
//
// The REST edge of enrolment in care coordination: parse, call care::Enrolments, render. An
// illegal change is 409 with the allowed ones; a stale version is 409 and nothing is
// overwritten. Worklists follow at once.
#include "care/enrolment/enrolment_handlers.hpp"

#include "api/json_body.hpp"
#include "api/json_mapping.hpp"
#include "api/problem.hpp"
#include "care/enrolment/enrolment_service.hpp"
#include "core/time_format.hpp"

namespace lcn::api::handlers {
namespace {

using domain::EnrolmentState;
using nlohmann::json;

json Names(const std::vector<EnrolmentState>& states) {
  json out = json::array();
  for (const auto s : states) {
    out.push_back(domain::EnrolmentStateName(s));
  }
  return out;
}

json UserRef(const care::EnrolmentRead& read, const std::optional<UserId>& id) {
  if (!id) {
    return nullptr;
  }
  const auto staff = read.staff.find(*id);
  return staff != read.staff.end() ? json{{"id", id->Value()},
                                          {"displayName", staff->second.display_name},
                                          {"role", domain::RoleName(staff->second.role)}}
                                   : json{{"id", id->Value()}};
}

json EnrolmentJson(const care::EnrolmentRead& read) {
  json history = json::array();
  for (const auto& e : read.history) {
    history.push_back({{"from", e.from ? json(domain::EnrolmentStateName(*e.from)) : json(nullptr)},
                       {"to", domain::EnrolmentStateName(e.to)},
                       {"reason", e.reason ? json(*e.reason) : json(nullptr)},
                       {"agreement", e.agreement ? json(domain::AgreementMethodName(*e.agreement))
                                                 : json(nullptr)},
                       {"leadUserId", e.lead ? json(e.lead->Value()) : json(nullptr)},
                       {"lead", UserRef(read, e.lead)},
                       {"changedBy", e.changed_by_name ? json(*e.changed_by_name) : json(nullptr)},
                       {"changedAt", FormatInstant(e.changed_at)}});
  }
  const auto& current = read.current;
  json out = {{"personId", read.person.Value()},
              {"state", current ? json(domain::EnrolmentStateName(current->state)) : json(nullptr)},
              {"allowed", Names(read.allowed)},
              {"history", history}};
  if (current) {
    out["reason"] = current->reason ? json(*current->reason) : json(nullptr);
    out["agreement"] =
        current->agreement ? json(domain::AgreementMethodName(*current->agreement)) : json(nullptr);
    out["lead"] = UserRef(read, current->lead);
    out["changedBy"] = UserRef(read, current->changed_by);
    out["changedAt"] = FormatInstant(current->changed_at);
    out["version"] = current->version;
  }
  return out;
}

care::Enrolments Service(const Call& call) {
  return care::Enrolments(call.services.db, call.services.clock,
                          [&call](PersonId person) { call.services.findings.Refresh({person}); });
}

}  // namespace

Response GetEnrolment(const Request& req, const Call& call) {
  const PersonId id(PathId(req.path_params.at("id")));
  return Json(200, EnrolmentJson(Service(call).Get(call.Who(), id)));
}

Response ChangeEnrolment(const Request& req, const Call& call) {
  const PersonId id(PathId(req.path_params.at("id")));
  JsonBody body(req.body);
  const auto state = body.Choice("state", true, domain::EnrolmentStates());
  const auto reason = body.String("reason", false);
  const auto agreement = body.Choice("agreement", false, domain::AgreementMethods());
  const auto lead = body.Integer("leadUserId", false);
  const auto version = body.Integer("version", false);
  if ((state == EnrolmentState::kDeclined || state == EnrolmentState::kClosed) &&
      (!reason || reason->empty())) {
    body.Invalid("reason", "is required when a person declines or their record is closed");
  }
  if (state == EnrolmentState::kClosed && reason && !domain::ParseClosureReason(*reason)) {
    body.Invalid("reason", "must be one of " + domain::ClosureReasons().Joined());
  }
  body.ThrowIfInvalid();
  care::EnrolmentChange change;
  change.state = *state;
  change.reason = reason;
  change.agreement = agreement;
  if (lead) {
    change.lead = UserId(*lead);
  }
  change.version = version;
  return Json(200, EnrolmentJson(Service(call).Change(call.Who(), id, change)));
}

}  // namespace lcn::api::handlers
