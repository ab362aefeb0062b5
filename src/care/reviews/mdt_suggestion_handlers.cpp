// SPDX-License-Identifier: Apache-2.0
//
// Who an MDT meeting might discuss: people registered at its area's practices who are due a
// review from an earlier MDT outcome (mdt_review) or of their care plan (review_due) by the
// meeting's day, who have an open referral (referral), or who top the area's case-finding
// worklist (worklist: not yet enrolled or declined, in the worklist's default order, the first
// `limit`). People already on the case list are left out, as are people who had died or left
// their practice by the meeting's day (the repositories' queries leave them out; the worklist
// never lists them); someone found by several sources is listed once with every reason.
// Suggestions name people, so like worklists they need reach over every practice of the area,
// and each view is audited with how many were listed.
#include <map>
#include <set>

#include "api/json_mapping.hpp"
#include "api/problem.hpp"
#include "api/query_params.hpp"
#include "auth/person_access.hpp"
#include "care/mdt/mdt_access.hpp"
#include "care/mdt/mdt_case_repository.hpp"
#include "care/mdt/mdt_json.hpp"
#include "care/reviews/review_handlers.hpp"
#include "care/reviews/review_repository.hpp"
#include "core/time_format.hpp"
#include "store/person_repository.hpp"
#include "store/run_in_transaction.hpp"

namespace lcn::api::handlers {
namespace {

using domain::MdtCaseSource;
using nlohmann::json;

constexpr int kDefaultWorklistSuggestions = 20;
constexpr int kMaxWorklistSuggestions = 100;

struct Suggestion {
  store::PersonRef person;
  json reasons = json::array();
};

// Suggestions in the order first found, one per person.
class SuggestionList {
 public:
  explicit SuggestionList(std::set<std::int64_t> excluded) : excluded_(std::move(excluded)) {}

  void Add(const store::PersonRef& person, MdtCaseSource source, const std::string& reason) {
    if (excluded_.contains(person.id.Value())) {
      return;
    }
    auto [it, added] = index_.try_emplace(person.id.Value(), items_.size());
    if (added) {
      items_.push_back({person, json::array()});
    }
    items_[it->second].reasons.push_back(
        {{"source", domain::MdtCaseSourceName(source)}, {"reason", reason}});
  }

  const std::vector<Suggestion>& Items() const { return items_; }

 private:
  std::set<std::int64_t> excluded_;
  std::map<std::int64_t, std::size_t> index_;
  std::vector<Suggestion> items_;
};

std::string Plural(int n, const std::string& one, const std::string& many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

// "3 long-term conditions (CKD, DM, HEF), moderate frailty, 2 emergency admissions in 12
// months, care home resident".
std::string WorklistReason(const findings::WorklistEntry& e) {
  std::string r = Plural(e.ltc_count, "long-term condition", "long-term conditions");
  if (!e.conditions.empty()) {
    std::string list;
    for (const auto& c : e.conditions) {
      list += (list.empty() ? "" : ", ") + c;
    }
    r += " (" + list + ")";
  }
  if (e.frailty != casefinding::FrailtyCategory::kNotAssessed &&
      e.frailty != casefinding::FrailtyCategory::kFit) {
    r += ", " + std::string(casefinding::FrailtyCategoryName(e.frailty)) + " frailty";
  }
  if (e.emergency_admissions > 0) {
    r += ", " + Plural(e.emergency_admissions, "emergency admission", "emergency admissions") +
         " in 12 months";
  }
  if (e.care_home) {
    r += ", care home resident";
  }
  return r;
}

std::string ServiceWords(const std::optional<std::string>& service) {
  std::string s = service.value_or("a service");
  for (char& c : s) {
    c = c == '_' ? ' ' : c;
  }
  return s;
}

void AddWorklist(sql::Transaction& tx, const Call& call, const WorklistScope& scope, int limit,
                 std::size_t on_list, SuggestionList& list) {
  findings::WorklistQuery q;
  q.practices = scope.practices;
  q.limit = static_cast<std::size_t>(limit) + on_list;
  const findings::WorklistPage page = call.services.findings.Worklist(q);
  std::vector<PersonId> ids;
  for (const auto& e : page.entries) {
    ids.push_back(e.person);
  }
  const auto people = store::PersonRepository(tx).FindMany(ids);
  int added = 0;
  for (std::size_t i = 0; i < page.entries.size() && added < limit; ++i) {
    const auto before = list.Items().size();
    if (!people[i]) {
      continue;
    }
    const auto& p = *people[i];
    list.Add({p.id, p.given_name, p.family_name, p.nhs_number, p.birth_date, p.practice_id},
             MdtCaseSource::kWorklist, WorklistReason(page.entries[i]));
    added += list.Items().size() > before ? 1 : 0;
  }
}

}  // namespace

Response GetMdtSuggestions(const Request& req, const Call& call) {
  const std::int64_t id = PathId(req.path_params.at("id"));
  IssueCollector issues;
  const int limit = IntQuery(req, "limit", 0, kMaxWorklistSuggestions, issues)
                        .value_or(kDefaultWorklistSuggestions);
  issues.ThrowIfAny("limit is not valid");
  const Micros now = call.services.clock.Now();
  return store::RunInTransaction(call.services.db, sql::TransactionMode::kReadWrite, [&](auto& tx) {
    const MeetingAccess access = OpenMeeting(tx, call, id);
    const WorklistScope scope = AreaPractices(tx, call, access.meeting.area);
    const std::string day = FormatDate(DateOf(access.meeting.starts_at));
    std::set<std::int64_t> on_list;
    for (const auto& c : store::MdtCaseRepository(tx).ForMeeting(id)) {
      on_list.insert(c.person.id.Value());
    }
    std::vector<std::int64_t> practices;
    for (const auto& [ods, org] : scope.ids) {
      practices.push_back(org);
    }
    SuggestionList list(on_list);
    for (const auto& due : store::ReviewRepository(tx).Due({std::nullopt, practices, day, day})) {
      if (due.mdt_review_date && *due.mdt_review_date <= day) {
        list.Add(due.person, MdtCaseSource::kMdtReview, "MDT review due " + *due.mdt_review_date);
      }
      if (due.plan_review_date && *due.plan_review_date <= day) {
        list.Add(due.person, MdtCaseSource::kReviewDue,
                 "care plan review due " + *due.plan_review_date);
      }
    }
    for (const auto& r : store::MdtCaseRepository(tx).OpenReferrals(practices, day)) {
      list.Add(
          r.person, MdtCaseSource::kReferral,
          "open referral to " + ServiceWords(r.service) + ": " + r.title + " (" + r.state + ")");
    }
    const bool worklist_ready = call.services.findings.Status().loaded;
    if (worklist_ready && limit > 0 && !scope.practices.empty()) {
      AddWorklist(tx, call, scope, limit, on_list.size(), list);
    }
    json items = json::array();
    for (const auto& s : list.Items()) {
      items.push_back({{"person", PersonRefJson(s.person)}, {"reasons", s.reasons}});
    }
    auth::AuditPersonAccess(
        tx, call.Who(), now,
        {"mdt-suggestions", std::nullopt, "allowed", "mdt meeting", std::nullopt,
         "MDT meeting " + std::to_string(id) + "; " + scope.description + "; " +
             std::to_string(items.size()) + " people"});
    return Json(200, {{"meetingId", id},
                      {"dueBy", day},
                      {"worklistAvailable", worklist_ready},
                      {"items", items}});
  });
}

}  // namespace lcn::api::handlers
