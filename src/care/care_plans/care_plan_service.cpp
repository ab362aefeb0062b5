// SPDX-License-Identifier: Apache-2.0
#include "care/care_plans/care_plan_service.hpp"

#include "auth/person_use_case.hpp"
#include "care/care_plans/care_plan_print.hpp"
#include "core/time_format.hpp"
#include "store/organisation_repository.hpp"
#include "store/person_repository.hpp"
#include "store/user_repository.hpp"

namespace lcn::care {
namespace {

using auth::PersonUse;

// Checks each action's owner of kind user, team or organisation and fills in its name.
void ResolveOwners(sql::Transaction& tx, domain::CarePlanContent& content, IssueCollector& issues) {
  using domain::OwnerKind;
  for (std::size_t i = 0; i < content.actions.size(); ++i) {
    auto& action = content.actions[i];
    auto& owner = action.owner;
    const std::string at = "content.actions[" + std::to_string(i) + "].owner.id";
    if (owner.kind == OwnerKind::kUser) {
      const auto user = store::UserRepository(tx).FindById(UserId(*owner.id));
      const bool open = action.status == domain::ActionStatus::kPlanned ||
                        action.status == domain::ActionStatus::kInProgress;
      if (!user) {
        issues.Add(at, "must be the id of a member of staff");
      } else if (user->disabled && open) {
        issues.Add(at,
                   "names a member of staff who can no longer sign in; give the action to "
                   "someone else");
      } else {
        owner.name = user->display_name;
      }
    } else if (owner.kind == OwnerKind::kTeam) {
      const auto team = store::TeamRepository(tx).FindById(TeamId(*owner.id));
      if (team) {
        owner.name = team->name;
      } else {
        issues.Add(at, "must be the id of a team");
      }
    } else if (owner.kind == OwnerKind::kOrganisation) {
      const auto org = store::OrganisationRepository(tx).FindById(OrganisationId(*owner.id));
      if (org) {
        owner.name = org->name;
      } else {
        issues.Add(at, "must be the id of an organisation");
      }
    }
  }
}

Error Stale(std::int64_t current, std::int64_t sent) {
  Error error(ErrorCode::kConflict,
              current == 0
                  ? "this person has no plan yet; send version 0 to write the first"
                  : "the plan was changed by someone else since you read it (it is "
                    "now version " +
                        std::to_string(current) + "); reload it and apply your change again");
  error.WithKind("conflict", "The plan has changed")
      .WithNumber("currentVersion", current)
      .WithNumber("version", sent);
  return error;
}

Error NoSuchVersion(std::int64_t number) {
  return Error(ErrorCode::kNotFound, "this plan has no version " + std::to_string(number));
}

std::string Today(Micros now) {
  return FormatDate(DateOf(now));
}

}  // namespace

CarePlanRead CarePlans::Current(const auth::Principal& who, PersonId person) const {
  return auth::RunPersonUseCase(db_, clock_, who, person, "read-care-plan", [&](PersonUse& use) {
    return CarePlanRead{person, store::CarePlanRepository(use.tx).FindCurrent(person),
                        Today(use.now)};
  });
}

CarePlanRead CarePlans::Save(const auth::Principal& who, PersonId person,
                             domain::CarePlanContent content,
                             std::optional<std::string> change_note,
                             std::int64_t expected_version) const {
  if (change_note && change_note->empty()) {
    change_note.reset();
  }
  return auth::RunPersonUseCase(db_, clock_, who, person, "update-care-plan", [&](PersonUse& use) {
    store::CarePlanRepository plans(use.tx);
    const auto current = plans.FindCurrent(person);
    const std::int64_t current_version = current ? current->version : 0;
    if (expected_version != current_version) {
      throw Stale(current_version, expected_version);
    }
    domain::CarePlanContent plan = content;  // this attempt's copy (the transaction may re-run)
    IssueCollector owners;
    ResolveOwners(use.tx, plan, owners);
    owners.ThrowIfAny("the plan is not valid");
    domain::AssignMissingIds(plan, current_version + 1);
    if (current &&
        domain::CarePlanContentJson(*current->content) == domain::CarePlanContentJson(plan)) {
      return CarePlanRead{person, current, Today(use.now)};  // nothing changed: no new version
    }
    if (!plans.Save(person, plan, change_note, current_version, use.who.user_id, use.now)) {
      const auto now_current = plans.FindCurrent(person);
      throw Stale(now_current ? now_current->version : 0, expected_version);
    }
    return CarePlanRead{person, plans.FindCurrent(person), Today(use.now)};
  });
}

std::vector<store::CarePlanVersion> CarePlans::Versions(const auth::Principal& who,
                                                        PersonId person) const {
  return auth::RunPersonUseCase(db_, clock_, who, person, "read-care-plan", [&](PersonUse& use) {
    return store::CarePlanRepository(use.tx).Versions(person);
  });
}

CarePlanRead CarePlans::Version(const auth::Principal& who, PersonId person,
                                std::int64_t number) const {
  return auth::RunPersonUseCase(db_, clock_, who, person, "read-care-plan", [&](PersonUse& use) {
    auto version = store::CarePlanRepository(use.tx).FindVersion(person, number);
    if (!version) {
      throw Error(ErrorCode::kNotFound, "this plan has no such version");
    }
    return CarePlanRead{person, std::move(version), Today(use.now)};
  });
}

CarePlanChange CarePlans::Diff(const auth::Principal& who, PersonId person,
                               std::optional<std::int64_t> from_version,
                               std::optional<std::int64_t> to_version) const {
  return auth::RunPersonUseCase(db_, clock_, who, person, "read-care-plan", [&](PersonUse& use) {
    store::CarePlanRepository plans(use.tx);
    std::int64_t to = 0;
    if (to_version) {
      to = *to_version;
    } else if (const auto current = plans.FindCurrent(person)) {
      to = current->version;
    }
    const std::int64_t from = from_version.value_or(to > 0 ? to - 1 : 0);
    // Version 0 is the empty plan before the first.
    const auto load = [&](std::int64_t n) -> domain::CarePlanContent {
      if (n == 0) {
        return domain::EmptyCarePlan();
      }
      auto v = plans.FindVersion(person, n);
      if (!v || !v->content) {
        throw NoSuchVersion(n);
      }
      return std::move(*v->content);
    };
    const auto before = load(from);
    const auto after = load(to);
    return CarePlanChange{from, to, domain::DiffCarePlans(before, after)};
  });
}

CarePlanPrint CarePlans::Print(const auth::Principal& who, PersonId person,
                               std::optional<std::int64_t> version) const {
  return auth::RunPersonUseCase(db_, clock_, who, person, "print-care-plan", [&](PersonUse& use) {
    store::CarePlanRepository plans(use.tx);
    const auto plan = version ? plans.FindVersion(person, *version) : plans.FindCurrent(person);
    if (!plan) {
      throw version ? NoSuchVersion(*version)
                    : Error(ErrorCode::kNotFound, "this person has no plan yet");
    }
    const auto record = store::PersonRepository(use.tx).FindById(person);
    domain::CarePlanPrintInput in;
    in.person_name = record->given_name + " " + record->family_name;
    in.nhs_number = record->nhs_number;
    in.birth_date = record->birth_date;
    in.version = plan->version;
    in.recorded_on = FormatDate(DateOf(plan->recorded_at));
    in.printed_on = FormatDate(DateOf(use.now));
    in.content = *plan->content;
    return CarePlanPrint{domain::CarePlanPrintHtml(in)};
  });
}

}  // namespace lcn::care
