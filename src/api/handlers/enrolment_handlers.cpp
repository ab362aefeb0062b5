// SPDX-License-Identifier: Apache-2.0
//
// Enrolment in care coordination: read a person's enrolment with its history and the changes
// allowed next; change it (identified > invited > enrolled or declined; closed), with the lead
// professional. An illegal change is 409 with the allowed ones; a stale version is 409 and
// nothing is overwritten. Worklists follow at once.
#include <algorithm>

#include "api/handlers/handlers.hpp"
#include "api/handlers/person_scope.hpp"
#include "api/json_body.hpp"
#include "api/json_mapping.hpp"
#include "api/problem.hpp"
#include "auth/person_access.hpp"
#include "core/time_format.hpp"
#include "store/enrolment_repository.hpp"
#include "store/person_repository.hpp"
#include "store/run_in_transaction.hpp"
#include "store/user_repository.hpp"

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

json UserRef(sql::Transaction& tx, const std::optional<UserId>& id) {
  if (!id) {
    return nullptr;
  }
  const auto user = store::UserRepository(tx).FindById(*id);
  return user ? json{{"id", id->Value()},
                     {"displayName", user->display_name},
                     {"role", domain::RoleName(user->role)}}
              : json{{"id", id->Value()}};
}

json EnrolmentJson(sql::Transaction& tx, PersonId person) {
  const auto current = store::EnrolmentRepository(tx).Find(person);
  json history = json::array();
  for (const auto& e : store::EnrolmentRepository(tx).History(person)) {
    history.push_back({{"from", e.from ? json(domain::EnrolmentStateName(*e.from)) : json(nullptr)},
                       {"to", domain::EnrolmentStateName(e.to)},
                       {"reason", e.reason ? json(*e.reason) : json(nullptr)},
                       {"agreement", e.agreement ? json(domain::AgreementMethodName(*e.agreement))
                                                 : json(nullptr)},
                       {"leadUserId", e.lead ? json(e.lead->Value()) : json(nullptr)},
                       {"lead", UserRef(tx, e.lead)},
                       {"changedBy", e.changed_by_name ? json(*e.changed_by_name) : json(nullptr)},
                       {"changedAt", FormatInstant(e.changed_at)}});
  }
  json out = {{"personId", person.Value()},
              {"state", current ? json(domain::EnrolmentStateName(current->state)) : json(nullptr)},
              {"allowed", Names(domain::AllowedEnrolmentChanges(
                              current ? std::optional(current->state) : std::nullopt))},
              {"history", history}};
  if (current) {
    out["reason"] = current->reason ? json(*current->reason) : json(nullptr);
    out["agreement"] =
        current->agreement ? json(domain::AgreementMethodName(*current->agreement)) : json(nullptr);
    out["lead"] = UserRef(tx, current->lead);
    out["changedBy"] = UserRef(tx, current->changed_by);
    out["changedAt"] = FormatInstant(current->changed_at);
    out["version"] = current->version;
  }
  return out;
}

}  // namespace

Response GetEnrolment(const Request& req, const Call& call) {
  const PersonId id(PathId(req.path_params.at("id")));
  return WithPersonAccess(call, id, "read-enrolment",
                          [&](auto& tx, Micros) { return Json(200, EnrolmentJson(tx, id)); });
}

Response ChangeEnrolment(const Request& req, const Call& call) {
  const PersonId id(PathId(req.path_params.at("id")));
  JsonBody body(req.body);
  const auto state_text = body.String("state", true);
  const auto reason = body.String("reason", false);
  const auto agreement_text = body.String("agreement", false);
  const auto lead = body.Integer("leadUserId", false);
  const auto version = body.Integer("version", false);
  std::optional<EnrolmentState> state;
  if (state_text) {
    state = domain::ParseEnrolmentState(*state_text);
    if (!state) {
      body.Invalid("state", "must be one of identified, invited, enrolled, declined, closed");
    }
  }
  std::optional<domain::AgreementMethod> agreement;
  if (agreement_text) {
    agreement = domain::ParseAgreementMethod(*agreement_text);
    if (!agreement) {
      body.Invalid("agreement", "must be one of verbal, written, by_carer");
    }
  }
  if ((state == EnrolmentState::kDeclined || state == EnrolmentState::kClosed) &&
      (!reason || reason->empty())) {
    body.Invalid("reason", "is required when a person declines or their record is closed");
  }
  if (state == EnrolmentState::kClosed && reason && !domain::ParseClosureReason(*reason)) {
    body.Invalid("reason", "must be one of moved, died, no_longer_needed, other");
  }
  body.ThrowIfInvalid();
  Response response = WithPersonAccess(call, id, "update-enrolment", [&](auto& tx, Micros now) {
    store::EnrolmentRepository enrolments(tx);
    const auto previous = enrolments.Find(id);
    const auto allowed =
        domain::AllowedEnrolmentChanges(previous ? std::optional(previous->state) : std::nullopt);
    // Naming a new lead professional keeps the state: a change of lead, not of state.
    const bool lead_change = previous && *state == previous->state && lead &&
                             previous->lead != std::optional(UserId(*lead)) &&
                             domain::LeadMayChangeIn(previous->state);
    if (!lead_change && std::find(allowed.begin(), allowed.end(), *state) == allowed.end()) {
      return Problem(
          409, "illegal-change", "This change is not allowed",
          "a person cannot go from " +
              std::string(previous ? domain::EnrolmentStateName(previous->state) : "not enrolled") +
              " to " + std::string(domain::EnrolmentStateName(*state)),
          {{"from", previous ? json(domain::EnrolmentStateName(previous->state)) : json(nullptr)},
           {"allowed", Names(allowed)}});
    }
    if (!lead_change && *state == EnrolmentState::kEnrolled && !agreement) {
      return ProblemFor(Error(ErrorCode::kBadRequest, "the change is not valid",
                              {{"agreement",
                                "is required to enrol: how the person agreed "
                                "(verbal, written, by_carer)"}}));
    }
    if (previous && (!version || *version != previous->version)) {
      throw Error(ErrorCode::kConflict,
                  "the enrolment was changed by someone else since you read it; reload it "
                  "and apply your change again",
                  {{"version", version ? "is not the current version" : "is required"}});
    }
    store::Enrolment next;
    next.person = id;
    next.state = *state;
    next.reason = lead_change ? previous->reason : reason;
    next.agreement = lead_change                           ? previous->agreement
                     : *state == EnrolmentState::kEnrolled ? agreement
                                                           : std::nullopt;
    next.lead = lead ? std::optional(UserId(*lead)) : (previous ? previous->lead : std::nullopt);
    if (lead) {
      const auto user = store::UserRepository(tx).FindById(UserId(*lead));
      if (!user || user->disabled) {
        throw Error(ErrorCode::kBadRequest, "the lead professional is not valid",
                    {{"leadUserId", "must be the id of an active member of staff"}});
      }
    }
    next.changed_by = call.Who().user_id;
    enrolments.Save(next, previous, now);
    return Json(200, EnrolmentJson(tx, id));
  });
  if (response.status == 200) {
    call.services.findings.Refresh({id});
  }
  return response;
}

}  // namespace lcn::api::handlers
