// SPDX-License-Identifier: Apache-2.0
//
// ReadCarePlanContent: the strict reading of a plan from JSON, with each issue at its element
// path. Absent (or null) optional parts read as empty; present parts must be right.
#include <algorithm>
#include <set>

#include "care/care_plans/care_plan.hpp"
#include "core/json_input.hpp"

namespace lcn::domain {
namespace {

using nlohmann::json;

class Reader {
 public:
  Reader(const std::optional<Date>& today, IssueCollector& issues)
      : today_(today), issues_(issues) {}

  void Add(const std::string& path, std::string message) { issues_.Add(path, std::move(message)); }

  // True when `value` is an object; otherwise adds an issue.
  bool IsObject(const json& value, const std::string& path) {
    if (value.is_object()) {
      return true;
    }
    Add(path, "must be an object, not " + std::string(DescribeType(value)));
    return false;
  }

  void Only(const json& object, const std::string& path, const std::vector<std::string>& keys) {
    for (const auto& [key, value] : object.items()) {
      if (std::find(keys.begin(), keys.end(), key) == keys.end()) {
        Add(JoinPath(path, key), "unknown key '" + key + "'" + DidYouMean(key, keys));
      }
    }
  }

  // object[key] as text; absent or null is std::nullopt (an issue when `required`, as is blank
  // text).
  std::optional<std::string> Text(const json& object, const std::string& path, std::string_view key,
                                  bool required) {
    const std::string at = JoinPath(path, key);
    const auto it = object.find(key);
    if (it == object.end() || it->is_null()) {
      if (required) {
        Add(at, "is required");
      }
      return std::nullopt;
    }
    if (!it->is_string()) {
      Add(at, "must be text, not " + std::string(DescribeType(*it)));
      return std::nullopt;
    }
    const auto& text = it->get_ref<const std::string&>();
    if (text.size() > kMaxCarePlanText) {
      Add(at, "is longer than " + std::to_string(kMaxCarePlanText) + " characters");
      return std::nullopt;
    }
    if (required && text.find_first_not_of(" \t\r\n") == std::string::npos) {
      Add(at, "is required");
      return std::nullopt;
    }
    return text;
  }

  std::optional<std::string> Day(const json& object, const std::string& path,
                                 std::string_view key) {
    auto text = Text(object, path, key, false);
    if (text && !ParseDate(*text)) {
      Add(JoinPath(path, key), "must be a real date written YYYY-MM-DD");
      return std::nullopt;
    }
    return text;
  }

  template <typename E>
  std::optional<E> Choice(const json& object, const std::string& path, std::string_view key,
                          bool required, std::optional<E> (*parse)(std::string_view),
                          const std::vector<std::string>& names) {
    const auto text = Text(object, path, key, required);
    if (!text) {
      return std::nullopt;
    }
    const auto value = parse(*text);
    if (!value) {
      std::string list;
      for (const auto& n : names) {
        list += (list.empty() ? "" : ", ") + n;
      }
      Add(JoinPath(path, key), "must be one of " + list + DidYouMean(*text, names));
    }
    return value;
  }

  // An item id: optional; letters, digits, '.', '_' and '-'; unique within `seen`.
  std::string Id(const json& object, const std::string& path, std::set<std::string>& seen) {
    const auto id = Text(object, path, "id", false);
    if (!id || id->empty()) {
      return "";
    }
    const bool ok =
        id->size() <= kMaxCarePlanIdLength && std::all_of(id->begin(), id->end(), [](char c) {
          return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                 c == '.' || c == '_' || c == '-';
        });
    if (!ok) {
      Add(JoinPath(path, "id"), "must be up to 64 letters, digits, '.', '_' or '-'");
      return "";
    }
    if (!seen.insert(*id).second) {
      Add(JoinPath(path, "id"), "'" + *id + "' is used by another item");
    }
    return *id;
  }

  // object[key] as a list (absent or null: empty), each element passed to `item`.
  template <typename Fn>
  void List(const json& object, const std::string& path, std::string_view key, Fn&& item) {
    const std::string at = JoinPath(path, key);
    const auto it = object.find(key);
    if (it == object.end() || it->is_null()) {
      return;
    }
    if (!it->is_array()) {
      Add(at, "must be a list, not " + std::string(DescribeType(*it)));
      return;
    }
    if (it->size() > kMaxCarePlanItems) {
      Add(at, "has more than " + std::to_string(kMaxCarePlanItems) + " items");
      return;
    }
    for (std::size_t i = 0; i < it->size(); ++i) {
      item((*it)[i], IndexPath(at, i));
    }
  }

  const std::optional<Date>& Today() const { return today_; }

 private:
  std::optional<Date> today_;
  IssueCollector& issues_;
};

// True when object[key] is there and not null.
bool Present(const json& object, std::string_view key) {
  const auto it = object.find(key);
  return it != object.end() && !it->is_null();
}

ActionOwner ReadOwner(Reader& r, const json& value, const std::string& path) {
  ActionOwner owner;
  if (!r.IsObject(value, path)) {
    return owner;
  }
  r.Only(value, path, {"kind", "id", "name"});
  const auto kind = r.Choice(value, path, "kind", true, &ParseOwnerKind, OwnerKindNames());
  owner.kind = kind.value_or(OwnerKind::kPerson);
  owner.name = r.Text(value, path, "name", false);
  const auto id = value.find("id");
  const bool has_id = id != value.end() && !id->is_null();
  const bool needs_id =
      kind == OwnerKind::kUser || kind == OwnerKind::kTeam || kind == OwnerKind::kOrganisation;
  if (has_id && (!id->is_number_integer() || id->get<std::int64_t>() <= 0)) {
    r.Add(JoinPath(path, "id"), "must be a positive whole number");
  } else if (needs_id && !has_id) {
    r.Add(JoinPath(path, "id"),
          "is required for an owner of kind " + std::string(OwnerKindName(*kind)));
  } else if (kind && !needs_id && has_id) {
    r.Add(JoinPath(path, "id"),
          "must be absent for an owner of kind " + std::string(OwnerKindName(*kind)));
  } else if (has_id) {
    owner.id = id->get<std::int64_t>();
  }
  return owner;
}

void ReadAgreement(Reader& r, const json& object, const std::string& path, CarePlanContent& out) {
  const auto it = object.find("agreement");
  if (it == object.end() || it->is_null()) {
    return;
  }
  const std::string at = JoinPath(path, "agreement");
  if (!r.IsObject(*it, at)) {
    return;
  }
  r.Only(*it, at, {"agreedWith", "how", "agreedOn"});
  Agreement& a = out.agreement;
  a.with = r.Choice(*it, at, "agreedWith", true, &ParseAgreedWith, AgreedWithNames())
               .value_or(AgreedWith::kNotYetAgreed);
  a.how = r.Choice(*it, at, "how", false, &ParseAgreedHow, AgreedHowNames());
  a.agreed_on = r.Day(*it, at, "agreedOn");
  const bool agreed = a.with != AgreedWith::kNotYetAgreed;
  if (agreed && !Present(*it, "how")) {
    r.Add(JoinPath(at, "how"),
          "is required once the plan is agreed: face_to_face, phone, "
          "video or letter");
  }
  if (agreed && !Present(*it, "agreedOn")) {
    r.Add(JoinPath(at, "agreedOn"), "is required once the plan is agreed");
  }
  if (!agreed && (a.how || a.agreed_on)) {
    r.Add(JoinPath(at, a.how ? "how" : "agreedOn"),
          "must be empty while the plan is not yet agreed");
  }
  if (a.agreed_on && r.Today() && *ParseDate(*a.agreed_on) > *r.Today()) {
    r.Add(JoinPath(at, "agreedOn"), "must not be in the future");
  }
}

}  // namespace

CarePlanContent ReadCarePlanContent(const json& value, const std::string& path,
                                    const std::optional<Date>& today, IssueCollector& issues) {
  Reader r(today, issues);
  CarePlanContent out;
  if (!r.IsObject(value, path)) {
    return out;
  }
  r.Only(value, path, {"needs", "goals", "actions", "contingency", "agreement", "reviewDate"});
  std::set<std::string> need_ids, goal_ids, action_ids;
  r.List(value, path, "needs", [&](const json& v, const std::string& at) {
    CarePlanNeed need;
    if (r.IsObject(v, at)) {
      r.Only(v, at, {"id", "domain", "description"});
      need.id = r.Id(v, at, need_ids);
      need.domain = r.Choice(v, at, "domain", true, &ParseNeedDomain, NeedDomainNames())
                        .value_or(NeedDomain::kOther);
      need.description = r.Text(v, at, "description", true).value_or("");
    }
    out.needs.push_back(std::move(need));
  });
  r.List(value, path, "goals", [&](const json& v, const std::string& at) {
    CarePlanGoal goal;
    if (r.IsObject(v, at)) {
      r.Only(v, at, {"id", "inOwnWords", "needIds", "measureOfSuccess"});
      goal.id = r.Id(v, at, goal_ids);
      goal.in_own_words = r.Text(v, at, "inOwnWords", true).value_or("");
      goal.measure_of_success = r.Text(v, at, "measureOfSuccess", false);
      r.List(v, at, "needIds", [&](const json& n, const std::string& n_at) {
        if (!n.is_string() || !need_ids.contains(n.get<std::string>())) {
          r.Add(n_at, "must be the id of a need in this plan");
        } else {
          goal.need_ids.push_back(n.get<std::string>());
        }
      });
    }
    out.goals.push_back(std::move(goal));
  });
  r.List(value, path, "actions", [&](const json& v, const std::string& at) {
    CarePlanAction action;
    if (r.IsObject(v, at)) {
      r.Only(v, at, {"id", "description", "goalId", "owner", "dueDate", "status"});
      action.id = r.Id(v, at, action_ids);
      action.description = r.Text(v, at, "description", true).value_or("");
      action.goal_id = r.Text(v, at, "goalId", false);
      if (action.goal_id && !goal_ids.contains(*action.goal_id)) {
        r.Add(JoinPath(at, "goalId"), "must be the id of a goal in this plan");
      }
      const auto owner = v.find("owner");
      if (owner == v.end() || owner->is_null()) {
        r.Add(JoinPath(at, "owner"), "is required: who will do it");
      } else {
        action.owner = ReadOwner(r, *owner, JoinPath(at, "owner"));
      }
      action.due_date = r.Day(v, at, "dueDate");
      action.status = r.Choice(v, at, "status", true, &ParseActionStatus, ActionStatusNames())
                          .value_or(ActionStatus::kPlanned);
    }
    out.actions.push_back(std::move(action));
  });
  const auto contingency = value.find("contingency");
  if (contingency != value.end() && !contingency->is_null()) {
    const std::string at = JoinPath(path, "contingency");
    if (r.IsObject(*contingency, at)) {
      r.Only(*contingency, at, {"warningSigns", "whatToDo", "whoToContact"});
      out.contingency.warning_signs = r.Text(*contingency, at, "warningSigns", false).value_or("");
      out.contingency.what_to_do = r.Text(*contingency, at, "whatToDo", false).value_or("");
      out.contingency.who_to_contact = r.Text(*contingency, at, "whoToContact", false).value_or("");
    }
  }
  ReadAgreement(r, value, path, out);
  out.review_date = r.Day(value, path, "reviewDate");
  if (StatusOf(out) == CarePlanStatus::kAgreed && !Present(value, "reviewDate")) {
    r.Add(JoinPath(path, "reviewDate"), "is required once the plan is agreed");
  }
  if (out.review_date && out.agreement.agreed_on && *out.review_date < *out.agreement.agreed_on) {
    r.Add(JoinPath(path, "reviewDate"), "must not be before the plan was agreed");
  }
  return out;
}

}  // namespace lcn::domain
