// SPDX-License-Identifier: Apache-2.0
#include "care/reviews/mdt_suggestion_service.hpp"

#include <map>
#include <set>

#include "auth/person_access.hpp"
#include "care/mdt/mdt_access.hpp"
#include "care/reviews/review_repository.hpp"
#include "core/time_format.hpp"
#include "store/person_repository.hpp"
#include "store/run_in_transaction.hpp"

namespace lcn::care {
namespace {

using domain::MdtCaseSource;

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
      items_.push_back({person, {}});
    }
    items_[it->second].reasons.push_back({source, reason});
  }

  std::size_t Size() const { return items_.size(); }

  std::vector<Suggestion> Take() { return std::move(items_); }

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

void AddWorklist(sql::Transaction& tx, const findings::FindingsService& findings,
                 const AreaPracticeScope& scope, int limit, std::size_t on_list,
                 SuggestionList& list) {
  findings::WorklistQuery q;
  q.practices = scope.practices;
  q.limit = static_cast<std::size_t>(limit) + on_list;
  const findings::WorklistPage page = findings.Worklist(q);
  std::vector<PersonId> ids;
  for (const auto& e : page.entries) {
    ids.push_back(e.person);
  }
  const auto people = store::PersonRepository(tx).FindMany(ids);
  int added = 0;
  for (std::size_t i = 0; i < page.entries.size() && added < limit; ++i) {
    const auto before = list.Size();
    if (!people[i]) {
      continue;
    }
    const auto& p = *people[i];
    list.Add({p.id, p.given_name, p.family_name, p.nhs_number, p.birth_date, p.practice_id},
             MdtCaseSource::kWorklist, WorklistReason(page.entries[i]));
    added += list.Size() > before ? 1 : 0;
  }
}

}  // namespace

MeetingSuggestions MdtSuggestions::For(const auth::Principal& who, MeetingId id, int limit) const {
  const Micros now = clock_.Now();
  return store::RunInTransaction(db_, sql::TransactionMode::kReadWrite, [&](auto& tx) {
    const MeetingAccess access = OpenMeeting(tx, who, id);
    const AreaPracticeScope scope = AreaPractices(tx, who, access.meeting.area);
    MeetingSuggestions out;
    out.due_by = FormatDate(DateOf(access.meeting.starts_at));
    const std::string& day = out.due_by;
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
    out.worklist_available = findings_.Status().loaded;
    if (out.worklist_available && limit > 0 && !scope.practices.empty()) {
      AddWorklist(tx, findings_, scope, limit, on_list.size(), list);
    }
    out.items = list.Take();
    auth::AuditPersonAccess(
        tx, who, now,
        {"mdt-suggestions", std::nullopt, "allowed", "mdt meeting", std::nullopt,
         "MDT meeting " + std::to_string(id.Value()) + "; " + scope.description + "; " +
             std::to_string(out.items.size()) + " people"});
    return out;
  });
}

}  // namespace lcn::care
