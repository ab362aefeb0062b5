// SPDX-License-Identifier: Apache-2.0
#include "casefinding/definitions/manifest.hpp"

#include <map>

namespace lcn::casefinding {
namespace {

using nlohmann::json;

constexpr std::size_t kMaxNameLength = 64;

std::optional<std::string> ReadFile(const json& object, const std::string& path,
                                    std::string_view key, const IssueSink& sink) {
  auto file = ReadString(object, path, key, true, sink);
  if (file && !IsSafeRelativePath(*file)) {
    sink.Add(JoinPath(path, key),
             "'" + *file + "' must be a relative path inside the definitions folder");
    return std::nullopt;
  }
  return file;
}

std::optional<ManifestCodeList> ParseCodeList(const json& entry, const std::string& path,
                                              const IssueSink& sink) {
  if (!entry.is_object()) {
    sink.Add(path, "must be an object, not " + std::string(DescribeType(entry)));
    return std::nullopt;
  }
  RefuseUnknownKeys(entry, path,
                    {"name", "title", "file", "kind", "source", "version", "licence", "verified",
                     "placeholder", "notes"},
                    sink);
  ManifestCodeList result;
  result.path = path;
  const auto name = ReadString(entry, path, "name", true, sink);
  if (name && !IsValidName(*name)) {
    sink.Add(JoinPath(path, "name"), "'" + *name +
                                         "' must be lower case letters, digits and _ "
                                         "(starting with a letter, at most 64)");
  } else if (name && *name == "any") {
    sink.Add(JoinPath(path, "name"), "'any' is reserved (distinctMedications: any)");
  }
  const auto title = ReadString(entry, path, "title", true, sink);
  const auto file = ReadFile(entry, path, "file", sink);
  const auto kind = ReadChoice(entry, path, "kind", {"snomed", "dmd"}, sink);
  const auto source = ReadString(entry, path, "source", true, sink);
  const auto version = ReadString(entry, path, "version", true, sink);
  const auto licence = ReadString(entry, path, "licence", true, sink);
  (void)ReadString(entry, path, "notes", false, sink);
  for (const char* flag : {"verified", "placeholder"}) {
    if (entry.contains(flag) && !entry.at(flag).is_boolean()) {
      sink.Add(JoinPath(path, flag), std::string(flag) + " must be true or false");
    }
  }
  result.verified = entry.contains("verified") && entry.at("verified").is_boolean()
                        ? entry.at("verified").get<bool>()
                        : true;
  result.placeholder = entry.contains("placeholder") && entry.at("placeholder").is_boolean() &&
                       entry.at("placeholder").get<bool>();
  if (!name || !title || !file || !kind || !source || !version || !licence) {
    return std::nullopt;
  }
  result.list.name = *name;
  result.list.title = *title;
  result.list.source = *source;
  result.list.version = *version;
  result.list.licence = *licence;
  result.list.medications = *kind == "dmd";
  result.file = *file;
  return result;
}

void ParseCodeLists(const json& root, Manifest& manifest, const IssueSink& sink) {
  const auto it = root.find("codeLists");
  if (it == root.end()) {
    sink.Add("", "missing key 'codeLists'");
    return;
  }
  if (!it->is_array()) {
    sink.Add("codeLists", "codeLists must be a list, not " + std::string(DescribeType(*it)));
    return;
  }
  std::map<std::string, std::string> seen;  // name -> path of its first entry
  for (std::size_t i = 0; i < it->size(); ++i) {
    const std::string path = IndexPath("codeLists", i);
    auto entry = ParseCodeList((*it)[i], path, sink);
    if (!entry) {
      continue;
    }
    const auto [first, inserted] = seen.emplace(entry->list.name, path);
    if (!inserted) {
      sink.Add(JoinPath(path, "name"),
               "duplicate code list '" + entry->list.name + "' (also " + first->second + ")");
      continue;
    }
    manifest.code_lists.push_back(std::move(*entry));
  }
}

void ParseConditionSets(const json& root, Manifest& manifest, const IssueSink& sink) {
  const auto it = root.find("conditionSets");
  if (it == root.end()) {
    sink.Add("", "missing key 'conditionSets'");
    return;
  }
  if (!it->is_object() || it->empty()) {
    sink.Add("conditionSets",
             "conditionSets must map at least one set name to its file, e.g. "
             "{\"cms37\": \"conditions/cms37.json\"}");
    return;
  }
  for (const auto& [name, value] : it->items()) {
    const std::string path = JoinPath("conditionSets", name);
    if (!IsValidName(name)) {
      sink.Add(path, "condition set name '" + name +
                         "' must be lower case letters, digits and _ (starting with a letter)");
      continue;
    }
    if (const auto file = ReadFile(*it, "conditionSets", name, sink)) {
      manifest.condition_sets.push_back({name, *file, path});
    }
  }
}

}  // namespace

bool IsValidName(const std::string& name) {
  if (name.empty() || name.size() > kMaxNameLength || name[0] < 'a' || name[0] > 'z') {
    return false;
  }
  for (const char c : name) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    if (!ok) {
      return false;
    }
  }
  return true;
}

bool IsSafeRelativePath(const std::string& file) {
  if (file.empty() || file.front() == '/' || file.find('\\') != std::string::npos ||
      file.find(':') != std::string::npos) {
    return false;
  }
  std::size_t start = 0;
  while (start <= file.size()) {
    const std::size_t end = std::min(file.find('/', start), file.size());
    const std::string segment = file.substr(start, end - start);
    if (segment.empty() || segment == "." || segment == "..") {
      return false;
    }
    start = end + 1;
  }
  return true;
}

std::optional<Manifest> ParseManifest(const json& root, const IssueSink& sink) {
  if (!root.is_object()) {
    sink.Add("", "the manifest must be an object, not " + std::string(DescribeType(root)));
    return std::nullopt;
  }
  RefuseUnknownKeys(root, "",
                    {"version", "description", "codeLists", "conditionSets", "frailty", "cohorts",
                     "emergencyAdmissionType"},
                    sink);
  Manifest manifest;
  manifest.version = ReadString(root, "", "version", true, sink).value_or("");
  (void)ReadString(root, "", "description", false, sink);
  manifest.emergency_admission_type = ReadString(root, "", "emergencyAdmissionType", false, sink);
  ParseCodeLists(root, manifest, sink);
  ParseConditionSets(root, manifest, sink);
  if (const auto file = ReadFile(root, "", "frailty", sink)) {
    manifest.frailty = {"", *file, "frailty"};
  }
  if (const auto file = ReadFile(root, "", "cohorts", sink)) {
    manifest.cohorts = {"", *file, "cohorts"};
  }
  return manifest;
}

}  // namespace lcn::casefinding
