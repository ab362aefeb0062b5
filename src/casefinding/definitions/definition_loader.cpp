// SPDX-License-Identifier: Apache-2.0
#include "casefinding/definitions/definition_loader.hpp"

#include <vector>

#include "casefinding/definitions/code_list_csv.hpp"
#include "casefinding/definitions/definition_file.hpp"
#include "casefinding/definitions/manifest.hpp"
#include "casefinding/definitions/reference_check.hpp"
#include "core/error.hpp"
#include "core/json_input.hpp"

namespace lcn::casefinding {
namespace {

constexpr const char* kManifestFile = "manifest.json";

class Loader {
 public:
  explicit Loader(const ReadDefinitionFile& read) : read_(read) {}

  DefinitionSet Load(const std::string& label) {
    const IssueSink manifest_sink{kManifestFile, &issues_};
    const auto text = read_(kManifestFile);
    if (!text) {
      manifest_sink.Add("", "file not found");
      Throw(label);
    }
    const auto root = ParseJsonText(*text, manifest_sink);
    const auto manifest = root ? ParseManifest(*root, manifest_sink) : std::nullopt;
    if (!manifest) {
      Throw(label);
    }
    set_.version = manifest->version;
    if (manifest->emergency_admission_type) {
      set_.emergency_admission_type = *manifest->emergency_admission_type;
    }
    for (const ManifestCodeList& entry : manifest->code_lists) {
      LoadCodeList(entry, manifest_sink);
    }
    ReferenceTargets targets;
    for (const ManifestCodeList& entry : manifest->code_lists) {
      targets.code_lists.emplace(entry.list.name, entry.list.medications);
    }
    for (const ManifestFile& file : manifest->condition_sets) {
      auto conditions = LoadDefinitionFile(file, DefinitionFileKind::kConditionSet, manifest_sink);
      targets.condition_sets.insert(file.name);
      for (const Definition& condition : conditions) {
        targets.conditions.insert(condition.id);
      }
      set_.condition_sets[file.name] = std::move(conditions);
    }
    if (!manifest->frailty.file.empty()) {
      set_.frailty_deficits =
          LoadDefinitionFile(manifest->frailty, DefinitionFileKind::kFrailty, manifest_sink);
    }
    if (!manifest->cohorts.file.empty()) {
      set_.cohorts =
          LoadDefinitionFile(manifest->cohorts, DefinitionFileKind::kCohorts, manifest_sink);
    }
    CheckReferences(references_, targets, issues_);
    if (!issues_.Empty()) {
      Throw(label);
    }
    return std::move(set_);
  }

 private:
  [[noreturn]] void Throw(const std::string& label) const {
    const std::size_t count = issues_.Issues().size();
    throw Error(ErrorCode::kBadRequest,
                "invalid case-finding definitions in " + label + ": " + std::to_string(count) +
                    (count == 1 ? " problem" : " problems"),
                issues_.Issues());
  }

  void LoadCodeList(const ManifestCodeList& entry, const IssueSink& manifest_sink) {
    const auto text = read_(entry.file);
    if (!text) {
      manifest_sink.Add(JoinPath(entry.path, "file"), "file '" + entry.file + "' not found");
      return;
    }
    CodeList list = entry.list;
    list.codes = ParseCodeListCsv(*text, entry.file, issues_, entry.placeholder);
    set_.code_lists.emplace(list.name, std::move(list));
  }

  std::vector<Definition> LoadDefinitionFile(const ManifestFile& file, DefinitionFileKind kind,
                                             const IssueSink& manifest_sink) {
    const auto text = read_(file.file);
    if (!text) {
      manifest_sink.Add(file.path, "file '" + file.file + "' not found");
      return {};
    }
    const IssueSink sink{file.file, &issues_};
    const auto root = ParseJsonText(*text, sink);
    if (!root) {
      return {};
    }
    return ParseDefinitionFile(*root, kind, sink, references_);
  }

  const ReadDefinitionFile& read_;
  IssueCollector issues_;
  std::vector<RuleReference> references_;
  DefinitionSet set_;
};

}  // namespace

DefinitionSet LoadDefinitionSet(const ReadDefinitionFile& read, const std::string& label) {
  return Loader(read).Load(label);
}

}  // namespace lcn::casefinding
