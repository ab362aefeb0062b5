// SPDX-License-Identifier: Apache-2.0
//
// Two views of a person's care plan: the readable difference between two versions, and the
// printable copy for the person (a self-contained HTML page).
#include "api/handlers/care_plan_handlers.hpp"
#include "api/handlers/person_scope.hpp"
#include "api/json_mapping.hpp"
#include "api/problem.hpp"
#include "core/time_format.hpp"
#include "domain/care_plan_diff.hpp"
#include "domain/care_plan_print.hpp"
#include "store/care_plan_repository.hpp"

namespace lcn::api::handlers {
namespace {

using nlohmann::json;

// The version number in query parameter `name`, if given: a whole number ≥ 0 (400 otherwise).
std::optional<std::int64_t> VersionParam(const Request& req, const std::string& name) {
  const auto text = req.Query(name);
  if (!text) {
    return std::nullopt;
  }
  const bool digits = !text->empty() && text->size() <= 9 &&
                      text->find_first_not_of("0123456789") == std::string::npos;
  if (!digits) {
    throw Error(ErrorCode::kBadRequest, "the version is not valid",
                {{name, "must be a version number (0 or more)"}});
  }
  const std::int64_t value = std::stoll(*text);
  return value;
}

Response NoSuchVersion(std::int64_t number) {
  return Problem(404, "not-found", "Not found",
                 "this plan has no version " + std::to_string(number));
}

}  // namespace

Response DiffCarePlan(const Request& req, const Call& call) {
  const PersonId id(PathId(req.path_params.at("id")));
  const auto from_param = VersionParam(req, "from");
  const auto to_param = VersionParam(req, "to");
  return WithPersonAccess(call, id, "read-care-plan", [&](auto& tx, Micros) {
    store::CarePlanRepository plans(tx);
    std::int64_t to = 0;
    if (to_param) {
      to = *to_param;
    } else if (const auto current = plans.FindCurrent(id)) {
      to = current->version;
    }
    const std::int64_t from = from_param.value_or(to > 0 ? to - 1 : 0);
    // Version 0 is the empty plan before the first.
    const auto load = [&](std::int64_t n) -> std::optional<domain::CarePlanContent> {
      if (n == 0) {
        return domain::EmptyCarePlan();
      }
      const auto v = plans.FindVersion(id, n);
      return v ? v->content : std::nullopt;
    };
    const auto before = load(from);
    if (!before) {
      return NoSuchVersion(from);
    }
    const auto after = load(to);
    if (!after) {
      return NoSuchVersion(to);
    }
    json out = domain::CarePlanDiffJson(domain::DiffCarePlans(*before, *after));
    out["personId"] = id.Value();
    out["from"] = from;
    out["to"] = to;
    return Json(200, out);
  });
}

Response PrintCarePlan(const Request& req, const Call& call) {
  const PersonId id(PathId(req.path_params.at("id")));
  const auto version = VersionParam(req, "version");
  return WithPersonAccess(call, id, "print-care-plan", [&](auto& tx, Micros now) {
    store::CarePlanRepository plans(tx);
    const auto plan = version ? plans.FindVersion(id, *version) : plans.FindCurrent(id);
    if (!plan) {
      return version ? NoSuchVersion(*version)
                     : Problem(404, "not-found", "Not found", "this person has no plan yet");
    }
    const auto person = store::PersonRepository(tx).FindById(id);
    domain::CarePlanPrintInput in;
    in.person_name = person->given_name + " " + person->family_name;
    in.nhs_number = person->nhs_number;
    in.birth_date = person->birth_date;
    in.version = plan->version;
    in.recorded_on = FormatDate(DateOf(plan->recorded_at));
    in.printed_on = FormatDate(DateOf(now));
    in.content = *plan->content;
    Response r;
    r.status = 200;
    r.content_type = "text/html; charset=utf-8";
    r.body = domain::CarePlanPrintHtml(in);
    r.headers.emplace("Cache-Control", "no-store");
    return r;
  });
}

}  // namespace lcn::api::handlers
