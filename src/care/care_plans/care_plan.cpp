// SPDX-License-Identifier: Apache-2.0
//
// The plan's vocabularies, its canonical JSON, its status and new item ids. Reading from JSON is
// in care_plan_read.cpp.
#include "care/care_plans/care_plan.hpp"

#include "domain/name_table.hpp"

namespace lcn::domain {
namespace {

using nlohmann::json;

constexpr NameTable<NeedDomain, 10> kNeedDomains = {{
    {NeedDomain::kPhysicalHealth, "physical-health"},
    {NeedDomain::kEmotionalWellbeing, "emotional-wellbeing"},
    {NeedDomain::kHousing, "housing"},
    {NeedDomain::kMoney, "money"},
    {NeedDomain::kWork, "work"},
    {NeedDomain::kLoneliness, "loneliness"},
    {NeedDomain::kCaring, "caring"},
    {NeedDomain::kSafety, "safety"},
    {NeedDomain::kMobility, "mobility"},
    {NeedDomain::kOther, "other"},
}};

constexpr NameTable<NeedDomain, 10> kNeedDomainLabels = {{
    {NeedDomain::kPhysicalHealth, "Physical health"},
    {NeedDomain::kEmotionalWellbeing, "Emotional wellbeing"},
    {NeedDomain::kHousing, "Housing"},
    {NeedDomain::kMoney, "Money"},
    {NeedDomain::kWork, "Work"},
    {NeedDomain::kLoneliness, "Loneliness and isolation"},
    {NeedDomain::kCaring, "Caring responsibilities"},
    {NeedDomain::kSafety, "Safety"},
    {NeedDomain::kMobility, "Mobility and daily living"},
    {NeedDomain::kOther, "Other"},
}};

constexpr NameTable<OwnerKind, 5> kOwnerKinds = {{
    {OwnerKind::kPerson, "person"},
    {OwnerKind::kCarer, "carer"},
    {OwnerKind::kUser, "user"},
    {OwnerKind::kTeam, "team"},
    {OwnerKind::kOrganisation, "organisation"},
}};

constexpr NameTable<ActionStatus, 4> kActionStatuses = {{
    {ActionStatus::kPlanned, "planned"},
    {ActionStatus::kInProgress, "in_progress"},
    {ActionStatus::kDone, "done"},
    {ActionStatus::kCancelled, "cancelled"},
}};

constexpr NameTable<AgreedWith, 4> kAgreedWith = {{
    {AgreedWith::kNotYetAgreed, "not_yet_agreed"},
    {AgreedWith::kPerson, "person"},
    {AgreedWith::kCarer, "carer"},
    {AgreedWith::kPersonAndCarer, "person_and_carer"},
}};

constexpr NameTable<AgreedHow, 4> kAgreedHow = {{
    {AgreedHow::kFaceToFace, "face_to_face"},
    {AgreedHow::kPhone, "phone"},
    {AgreedHow::kVideo, "video"},
    {AgreedHow::kLetter, "letter"},
}};

constexpr NameTable<CarePlanStatus, 2> kStatuses = {{
    {CarePlanStatus::kDraft, "draft"},
    {CarePlanStatus::kAgreed, "agreed"},
}};

// Labels in plain English (the vocabulary endpoint gives them to clients).
constexpr NameTable<ActionStatus, 4> kActionStatusLabels = {{
    {ActionStatus::kPlanned, "Planned"},
    {ActionStatus::kInProgress, "In progress"},
    {ActionStatus::kDone, "Done"},
    {ActionStatus::kCancelled, "Cancelled"},
}};

constexpr NameTable<AgreedWith, 4> kAgreedWithLabels = {{
    {AgreedWith::kNotYetAgreed, "Not agreed yet (a draft)"},
    {AgreedWith::kPerson, "The person"},
    {AgreedWith::kCarer, "Their carer"},
    {AgreedWith::kPersonAndCarer, "The person and their carer"},
}};

constexpr NameTable<AgreedHow, 4> kAgreedHowLabels = {{
    {AgreedHow::kFaceToFace, "Face to face"},
    {AgreedHow::kPhone, "By phone"},
    {AgreedHow::kVideo, "By video call"},
    {AgreedHow::kLetter, "By letter"},
}};

constexpr NameTable<OwnerKind, 5> kOwnerKindLabels = {{
    {OwnerKind::kPerson, "The person"},
    {OwnerKind::kCarer, "Their carer"},
    {OwnerKind::kUser, "A member of staff"},
    {OwnerKind::kTeam, "A team"},
    {OwnerKind::kOrganisation, "An organisation"},
}};

constexpr NameTable<CarePlanStatus, 2> kStatusLabels = {{
    {CarePlanStatus::kDraft, "Draft"},
    {CarePlanStatus::kAgreed, "Agreed"},
}};

template <typename E, std::size_t N>
std::vector<Term> TermsOf(const NameTable<E, N>& names, const NameTable<E, N>& labels) {
  std::vector<Term> out;
  out.reserve(N);
  for (const auto& [value, name] : names) {
    out.push_back({.code = std::string(name), .label = std::string(NameOf(labels, value))});
  }
  return out;
}

json OrNull(const std::optional<std::string>& v) {
  return v ? json(*v) : json(nullptr);
}

template <typename E, std::size_t N>
std::vector<std::string> NamesOf(const NameTable<E, N>& table) {
  std::vector<std::string> out;
  for (const auto& [value, name] : table) {
    out.emplace_back(name);
  }
  return out;
}

template <typename Item>
void Assign(std::vector<Item>& items, const std::string& prefix, std::int64_t version) {
  int n = 0;
  for (auto& item : items) {
    if (item.id.empty()) {
      item.id = prefix + "-" + std::to_string(version) + "-" + std::to_string(++n);
    }
  }
}

}  // namespace

std::string_view NeedDomainName(NeedDomain d) {
  return NameOf(kNeedDomains, d);
}

std::optional<NeedDomain> ParseNeedDomain(std::string_view s) {
  return ParseName(kNeedDomains, s);
}

std::string_view NeedDomainLabel(NeedDomain d) {
  return NameOf(kNeedDomainLabels, d);
}

std::string_view OwnerKindName(OwnerKind k) {
  return NameOf(kOwnerKinds, k);
}

std::optional<OwnerKind> ParseOwnerKind(std::string_view s) {
  return ParseName(kOwnerKinds, s);
}

std::string_view ActionStatusName(ActionStatus s) {
  return NameOf(kActionStatuses, s);
}

std::optional<ActionStatus> ParseActionStatus(std::string_view s) {
  return ParseName(kActionStatuses, s);
}

std::string_view AgreedWithName(AgreedWith a) {
  return NameOf(kAgreedWith, a);
}

std::optional<AgreedWith> ParseAgreedWith(std::string_view s) {
  return ParseName(kAgreedWith, s);
}

std::string_view AgreedHowName(AgreedHow h) {
  return NameOf(kAgreedHow, h);
}

std::optional<AgreedHow> ParseAgreedHow(std::string_view s) {
  return ParseName(kAgreedHow, s);
}

std::string_view CarePlanStatusName(CarePlanStatus s) {
  return NameOf(kStatuses, s);
}

std::optional<CarePlanStatus> ParseCarePlanStatus(std::string_view s) {
  return ParseName(kStatuses, s);
}

std::vector<std::string> NeedDomainNames() {
  return NamesOf(kNeedDomains);
}

std::vector<std::string> OwnerKindNames() {
  return NamesOf(kOwnerKinds);
}

std::vector<std::string> ActionStatusNames() {
  return NamesOf(kActionStatuses);
}

std::vector<std::string> AgreedWithNames() {
  return NamesOf(kAgreedWith);
}

std::vector<std::string> AgreedHowNames() {
  return NamesOf(kAgreedHow);
}

std::vector<std::string> CarePlanStatusNames() {
  return NamesOf(kStatuses);
}

CarePlanVocabulary CarePlanTerms() {
  return {.need_domains = TermsOf(kNeedDomains, kNeedDomainLabels),
          .action_statuses = TermsOf(kActionStatuses, kActionStatusLabels),
          .plan_statuses = TermsOf(kStatuses, kStatusLabels),
          .agreed_with = TermsOf(kAgreedWith, kAgreedWithLabels),
          .agreed_how = TermsOf(kAgreedHow, kAgreedHowLabels),
          .owner_kinds = TermsOf(kOwnerKinds, kOwnerKindLabels)};
}

void AssignMissingIds(CarePlanContent& content, std::int64_t version) {
  Assign(content.needs, "need", version);
  Assign(content.goals, "goal", version);
  Assign(content.actions, "action", version);
}

json CarePlanContentJson(const CarePlanContent& c) {
  json needs = json::array();
  for (const auto& n : c.needs) {
    needs.push_back(
        {{"id", n.id}, {"domain", NeedDomainName(n.domain)}, {"description", n.description}});
  }
  json goals = json::array();
  for (const auto& g : c.goals) {
    goals.push_back({{"id", g.id},
                     {"inOwnWords", g.in_own_words},
                     {"needIds", g.need_ids},
                     {"measureOfSuccess", OrNull(g.measure_of_success)}});
  }
  json actions = json::array();
  for (const auto& a : c.actions) {
    json owner = {{"kind", OwnerKindName(a.owner.kind)}, {"name", OrNull(a.owner.name)}};
    if (a.owner.id) {
      owner["id"] = *a.owner.id;
    }
    actions.push_back({{"id", a.id},
                       {"description", a.description},
                       {"goalId", OrNull(a.goal_id)},
                       {"owner", owner},
                       {"dueDate", OrNull(a.due_date)},
                       {"status", ActionStatusName(a.status)}});
  }
  json agreement = {
      {"agreedWith", AgreedWithName(c.agreement.with)},
      {"how", c.agreement.how ? json(AgreedHowName(*c.agreement.how)) : json(nullptr)},
      {"agreedOn", OrNull(c.agreement.agreed_on)}};
  return {{"needs", needs},
          {"goals", goals},
          {"actions", actions},
          {"contingency",
           {{"warningSigns", c.contingency.warning_signs},
            {"whatToDo", c.contingency.what_to_do},
            {"whoToContact", c.contingency.who_to_contact}}},
          {"agreement", agreement},
          {"reviewDate", OrNull(c.review_date)}};
}

CarePlanStatus StatusOf(const CarePlanContent& content) {
  return content.agreement.with == AgreedWith::kNotYetAgreed ? CarePlanStatus::kDraft
                                                             : CarePlanStatus::kAgreed;
}

CarePlanContent EmptyCarePlan() {
  return {};
}

}  // namespace lcn::domain
