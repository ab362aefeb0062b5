// SPDX-License-Identifier: Apache-2.0
#include "care/enrolment/enrolment_service.hpp"

#include <algorithm>

#include "auth/person_use_case.hpp"
#include "store/user_repository.hpp"

namespace lcn::care {
namespace {

using domain::EnrolmentState;

std::vector<std::string> Names(const std::vector<EnrolmentState>& states) {
  std::vector<std::string> out;
  out.reserve(states.size());
  for (const auto s : states) {
    out.emplace_back(domain::EnrolmentStateName(s));
  }
  return out;
}

EnrolmentRead Read(sql::Transaction& tx, PersonId person) {
  store::EnrolmentRepository enrolments(tx);
  EnrolmentRead read;
  read.person = person;
  read.current = enrolments.Find(person);
  read.history = enrolments.History(person);
  read.allowed = domain::AllowedEnrolmentChanges(read.current ? std::optional(read.current->state)
                                                              : std::nullopt);
  store::UserRepository users(tx);
  const auto name = [&](const std::optional<UserId>& id) {
    if (id && !read.staff.contains(*id)) {
      if (const auto user = users.FindById(*id)) {
        read.staff[*id] = StaffName{user->display_name, user->role};
      }
    }
  };
  for (const auto& event : read.history) {
    name(event.lead);
  }
  if (read.current) {
    name(read.current->lead);
    name(read.current->changed_by);
  }
  return read;
}

Error IllegalChange(const std::optional<store::Enrolment>& previous, EnrolmentState to,
                    const std::vector<EnrolmentState>& allowed) {
  const std::string from =
      previous ? std::string(domain::EnrolmentStateName(previous->state)) : "not enrolled";
  Error error(ErrorCode::kConflict, "a person cannot go from " + from + " to " +
                                        std::string(domain::EnrolmentStateName(to)));
  error.WithKind("illegal-change", "This change is not allowed");
  if (previous) {
    error.WithText("from", std::string(domain::EnrolmentStateName(previous->state)));
  } else {
    error.WithNull("from");
  }
  error.WithTexts("allowed", Names(allowed));
  return error;
}

}  // namespace

EnrolmentRead Enrolments::Get(const auth::Principal& who, PersonId person) const {
  return auth::RunPersonUseCase(db_, clock_, who, person, "read-enrolment",
                                [&](auth::PersonUse& use) { return Read(use.tx, person); });
}

EnrolmentRead Enrolments::Change(const auth::Principal& who, PersonId person,
                                 const EnrolmentChange& change) const {
  auto read = auth::RunPersonUseCase(
      db_, clock_, who, person, "update-enrolment", [&](auth::PersonUse& use) {
        store::EnrolmentRepository enrolments(use.tx);
        const auto previous = enrolments.Find(person);
        const auto allowed = domain::AllowedEnrolmentChanges(
            previous ? std::optional(previous->state) : std::nullopt);
        // Naming a new lead professional keeps the state: a change of lead, not of state.
        const bool lead_change = previous && change.state == previous->state && change.lead &&
                                 previous->lead != change.lead &&
                                 domain::LeadMayChangeIn(previous->state);
        if (!lead_change &&
            std::find(allowed.begin(), allowed.end(), change.state) == allowed.end()) {
          throw IllegalChange(previous, change.state, allowed);
        }
        if (!lead_change && change.state == EnrolmentState::kEnrolled && !change.agreement) {
          throw Error(ErrorCode::kBadRequest, "the change is not valid",
                      {{"agreement",
                        "is required to enrol: how the person agreed (verbal, written, "
                        "by_carer)"}});
        }
        if (previous && (!change.version || *change.version != previous->version)) {
          throw Error(ErrorCode::kConflict,
                      "the enrolment was changed by someone else since you read it; reload it "
                      "and apply your change again",
                      {{"version", change.version ? "is not the current version" : "is required"}});
        }
        store::Enrolment next;
        next.person = person;
        next.state = change.state;
        next.reason = lead_change ? previous->reason : change.reason;
        next.agreement = lead_change                                 ? previous->agreement
                         : change.state == EnrolmentState::kEnrolled ? change.agreement
                                                                     : std::nullopt;
        next.lead = change.lead ? change.lead : (previous ? previous->lead : std::nullopt);
        if (change.lead) {
          const auto user = store::UserRepository(use.tx).FindById(*change.lead);
          if (!user || user->disabled) {
            throw Error(ErrorCode::kBadRequest, "the lead professional is not valid",
                        {{"leadUserId", "must be the id of an active member of staff"}});
          }
        }
        next.changed_by = use.who.user_id;
        enrolments.Save(next, previous, use.now);
        return Read(use.tx, person);
      });
  changed_(person);
  return read;
}

}  // namespace lcn::care
