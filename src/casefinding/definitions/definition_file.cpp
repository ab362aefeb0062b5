// SPDX-License-Identifier: Apache-2.0
#include "casefinding/definitions/definition_file.hpp"

#include <map>
#include <string>

namespace lcn::casefinding {
namespace {

using nlohmann::json;

constexpr std::size_t kMaxIdLength = 64;

bool IsValidId(const std::string& id) {
  if (id.empty() || id.size() > kMaxIdLength) {
    return false;
  }
  const auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  if (!letter(id[0])) {
    return false;
  }
  for (const char c : id) {
    if (!letter(c) && !(c >= '0' && c <= '9') && c != '_') {
      return false;
    }
  }
  return true;
}

std::string_view ListKey(DefinitionFileKind kind) {
  switch (kind) {
    case DefinitionFileKind::kConditionSet:
      return "conditions";
    case DefinitionFileKind::kFrailty:
      return "deficits";
    case DefinitionFileKind::kCohorts:
      return "cohorts";
  }
  return "conditions";
}

RuleScope ScopeOf(DefinitionFileKind kind) {
  switch (kind) {
    case DefinitionFileKind::kConditionSet:
      return RuleScope::kCondition;
    case DefinitionFileKind::kFrailty:
      return RuleScope::kFrailtyDeficit;
    case DefinitionFileKind::kCohorts:
      return RuleScope::kCohort;
  }
  return RuleScope::kCondition;
}

std::optional<Definition> ParseEntry(const json& entry, const std::string& path,
                                     DefinitionFileKind kind, const IssueSink& sink,
                                     std::vector<RuleReference>& references) {
  if (!entry.is_object()) {
    sink.Add(path, "must be an object, not " + std::string(DescribeType(entry)));
    return std::nullopt;
  }
  std::vector<std::string> allowed = {"id", "name", "rule", "notes"};
  if (kind == DefinitionFileKind::kConditionSet) {
    allowed.emplace_back("weight");
  }
  RefuseUnknownKeys(entry, path, allowed, sink);
  Definition definition;
  const auto id = ReadString(entry, path, "id", true, sink);
  if (id && !IsValidId(*id)) {
    sink.Add(JoinPath(path, "id"), "'" + *id +
                                       "' must be letters, digits and _ (starting with a letter, "
                                       "at most 64)");
  }
  const auto name = ReadString(entry, path, "name", true, sink);
  (void)ReadString(entry, path, "notes", false, sink);
  bool ok = id && name;
  if (entry.contains("weight") && kind == DefinitionFileKind::kConditionSet) {
    definition.weight = ReadNumber(entry.at("weight"), JoinPath(path, "weight"), sink);
    ok = ok && definition.weight.has_value();
  }
  if (!entry.contains("rule")) {
    sink.Add(path, "missing key 'rule'");
    return std::nullopt;
  }
  definition.rule =
      ParseRuleNode(entry.at("rule"), JoinPath(path, "rule"), ScopeOf(kind), sink, references);
  if (!ok || definition.rule == nullptr) {
    return std::nullopt;
  }
  definition.id = *id;
  definition.name = *name;
  return definition;
}

}  // namespace

std::vector<Definition> ParseDefinitionFile(const json& root, DefinitionFileKind kind,
                                            const IssueSink& sink,
                                            std::vector<RuleReference>& references) {
  const std::string list_key(ListKey(kind));
  if (!root.is_object()) {
    sink.Add("", "the file must be an object with a '" + list_key + "' list, not " +
                     std::string(DescribeType(root)));
    return {};
  }
  RefuseUnknownKeys(root, "", {"description", list_key}, sink);
  (void)ReadString(root, "", "description", false, sink);
  const auto it = root.find(list_key);
  if (it == root.end() || !it->is_array()) {
    sink.Add(it == root.end() ? "" : list_key,
             it == root.end()
                 ? "missing key '" + list_key + "'"
                 : list_key + " must be a list, not " + std::string(DescribeType(*it)));
    return {};
  }
  if (it->empty()) {
    sink.Add(list_key, list_key + " needs at least one entry");
    return {};
  }
  std::vector<Definition> definitions;
  std::map<std::string, std::string> seen;  // id -> path of its first entry
  for (std::size_t i = 0; i < it->size(); ++i) {
    const std::string path = IndexPath(list_key, i);
    const json& entry = (*it)[i];
    if (entry.is_object() && entry.contains("id") && entry.at("id").is_string()) {
      const auto id = entry.at("id").get<std::string>();
      const auto [first, inserted] = seen.emplace(id, path);
      if (!inserted) {
        sink.Add(JoinPath(path, "id"), "duplicate id '" + id + "' (also " + first->second + ")");
      }
    }
    if (auto definition = ParseEntry(entry, path, kind, sink, references)) {
      definitions.push_back(std::move(*definition));
    }
  }
  if (kind == DefinitionFileKind::kFrailty && it->size() != kFrailtyDeficitCount) {
    sink.Add(list_key, "the eFI needs exactly " + std::to_string(kFrailtyDeficitCount) +
                           " deficits, found " + std::to_string(it->size()));
  }
  return definitions;
}

}  // namespace lcn::casefinding
