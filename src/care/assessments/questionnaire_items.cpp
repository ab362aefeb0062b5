// SPDX-License-Identifier: Apache-2.0
//
// Questionnaire.item as LCN supports it: linkId, prefix, text, type (group, display, boolean,
// choice, integer, string, text), required, answerOption with valueCoding and the ordinalValue
// extension, the minValue / maxValue extensions on integer items, maxLength, code, and nested
// items under groups. Anything else is refused, so that a file never means more than LCN does.
#include <algorithm>
#include <map>

#include "care/assessments/questionnaire_parts.hpp"

namespace lcn::assessment {
namespace {

using nlohmann::json;

constexpr const char* kOrdinalValue = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
constexpr const char* kMinValue = "http://hl7.org/fhir/StructureDefinition/minValue";
constexpr const char* kMaxValue = "http://hl7.org/fhir/StructureDefinition/maxValue";

const std::vector<std::string>& ItemKeys() {
  static const std::vector<std::string> kKeys = {"linkId",    "prefix",   "text", "type",
                                                 "required",  "code",     "item", "answerOption",
                                                 "extension", "maxLength"};
  return kKeys;
}

const std::map<std::string, ItemType>& Types() {
  static const std::map<std::string, ItemType> kTypes = {
      {"group", ItemType::kGroup},     {"display", ItemType::kDisplay},
      {"boolean", ItemType::kBoolean}, {"choice", ItemType::kChoice},
      {"integer", ItemType::kInteger}, {"string", ItemType::kString},
      {"text", ItemType::kText}};
  return kTypes;
}

bool IsLinkId(const std::string& id) {
  return !id.empty() && id.size() <= 64 && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.';
  });
}

// Reads object[key] as an optional boolean.
std::optional<bool> ReadBoolean(const json& object, const std::string& path, std::string_view key,
                                const IssueSink& sink) {
  const auto it = object.find(key);
  if (it == object.end()) {
    return std::nullopt;
  }
  if (!it->is_boolean()) {
    sink.Add(JoinPath(path, key), "must be true or false, not " + std::string(DescribeType(*it)));
    return std::nullopt;
  }
  return it->get<bool>();
}

// Reads object.extension: each entry {url, <value_key>: whole number} with a url from `allowed`,
// at most once each. Returns url -> value for the valid ones.
std::map<std::string, int> ReadExtensions(const json& object, const std::string& path,
                                          const std::vector<std::string>& allowed,
                                          std::string_view value_key, const IssueSink& sink) {
  std::map<std::string, int> out;
  const auto it = object.find("extension");
  if (it == object.end()) {
    return out;
  }
  const std::string list_path = JoinPath(path, "extension");
  if (!it->is_array()) {
    sink.Add(list_path, "must be a list, not " + std::string(DescribeType(*it)));
    return out;
  }
  for (std::size_t i = 0; i < it->size(); ++i) {
    const json& extension = (*it)[i];
    const std::string at = IndexPath(list_path, i);
    if (!extension.is_object()) {
      sink.Add(at, "must be an object, not " + std::string(DescribeType(extension)));
      continue;
    }
    RefuseUnknownKeys(extension, at, {"url", std::string(value_key)}, sink);
    const auto url = ReadString(extension, at, "url", true, sink);
    if (!url) {
      continue;
    }
    if (std::find(allowed.begin(), allowed.end(), *url) == allowed.end()) {
      sink.Add(JoinPath(at, "url"), "the extension '" + *url + "' is not supported here");
      continue;
    }
    const auto value = extension.find(value_key);
    if (value == extension.end()) {
      sink.Add(at, "missing key '" + std::string(value_key) + "'");
      continue;
    }
    const auto number = ReadWholeNumber(*value, JoinPath(at, value_key), 0, sink);
    if (number && !out.emplace(*url, *number).second) {
      sink.Add(at, "the extension '" + *url + "' is given twice");
    }
  }
  return out;
}

void ParseOptions(const json& object, const std::string& path, const IssueSink& sink, Item& item) {
  const auto it = object.find("answerOption");
  const std::string list_path = JoinPath(path, "answerOption");
  if (it == object.end() || !it->is_array() || it->empty()) {
    sink.Add(it == object.end() ? path : list_path,
             "a choice item needs a non-empty list 'answerOption'");
    return;
  }
  for (std::size_t i = 0; i < it->size(); ++i) {
    const json& option = (*it)[i];
    const std::string at = IndexPath(list_path, i);
    if (!option.is_object() || !option.contains("valueCoding") ||
        !option["valueCoding"].is_object()) {
      sink.Add(at, "must be an object with a 'valueCoding' object");
      continue;
    }
    RefuseUnknownKeys(option, at, {"valueCoding"}, sink);
    const json& coding = option["valueCoding"];
    const std::string coding_path = JoinPath(at, "valueCoding");
    RefuseUnknownKeys(coding, coding_path, {"system", "code", "display", "extension"}, sink);
    (void)ReadString(coding, coding_path, "system", false, sink);
    const auto code = ReadString(coding, coding_path, "code", true, sink);
    const auto display = ReadString(coding, coding_path, "display", true, sink);
    const auto ordinal = ReadExtensions(coding, coding_path, {kOrdinalValue}, "valueDecimal", sink);
    if (!code || !display) {
      continue;
    }
    if (item.Option(*code) != nullptr) {
      sink.Add(JoinPath(coding_path, "code"), "the code '" + *code + "' is used twice");
      continue;
    }
    AnswerOption parsed{*code, *display, std::nullopt};
    if (const auto found = ordinal.find(kOrdinalValue); found != ordinal.end()) {
      parsed.ordinal = found->second;
    }
    item.options.push_back(std::move(parsed));
  }
}

// The parts that depend on the item's type.
void ParseTyped(const json& object, const std::string& path, const IssueSink& sink, Item& item) {
  if (item.type != ItemType::kChoice && object.contains("answerOption")) {
    sink.Add(JoinPath(path, "answerOption"), "only choice items have answer options");
  }
  if (item.type != ItemType::kString && item.type != ItemType::kText &&
      object.contains("maxLength")) {
    sink.Add(JoinPath(path, "maxLength"), "only string and text items have a maxLength");
  }
  if (!item.Answerable() && object.contains("required")) {
    sink.Add(JoinPath(path, "required"), "a " + std::string(ItemTypeName(item.type)) +
                                             " item is never answered, so it cannot be required");
  }
  const std::vector<std::string> bounds = item.type == ItemType::kInteger
                                              ? std::vector<std::string>{kMinValue, kMaxValue}
                                              : std::vector<std::string>{};
  const auto extensions = ReadExtensions(object, path, bounds, "valueInteger", sink);
  switch (item.type) {
    case ItemType::kChoice:
      ParseOptions(object, path, sink, item);
      break;
    case ItemType::kInteger:
      if (const auto min = extensions.find(kMinValue); min != extensions.end()) {
        item.min_value = min->second;
      }
      if (const auto max = extensions.find(kMaxValue); max != extensions.end()) {
        item.max_value = max->second;
      }
      if (item.min_value && item.max_value && *item.min_value > *item.max_value) {
        sink.Add(JoinPath(path, "extension"), "minValue is greater than maxValue");
      }
      break;
    case ItemType::kString:
    case ItemType::kText:
      item.max_length = item.type == ItemType::kString ? kDefaultStringLength : kDefaultTextLength;
      if (const auto it = object.find("maxLength"); it != object.end()) {
        item.max_length =
            ReadWholeNumber(*it, JoinPath(path, "maxLength"), 1, sink).value_or(item.max_length);
      }
      break;
    case ItemType::kGroup:
    case ItemType::kDisplay:
    case ItemType::kBoolean:
      break;
  }
}

void ParseItem(const json& object, const std::string& path, const std::optional<std::string>& group,
               const IssueSink& sink, std::vector<Item>& out) {
  if (!object.is_object()) {
    sink.Add(path, "must be an object, not " + std::string(DescribeType(object)));
    return;
  }
  RefuseUnknownKeys(object, path, ItemKeys(), sink);
  Item item;
  item.group = group;
  const auto link_id = ReadString(object, path, "linkId", true, sink);
  const auto type =
      ReadChoice(object, path, "type",
                 {"group", "display", "boolean", "choice", "integer", "string", "text"}, sink);
  if (!link_id || !type) {
    return;
  }
  item.link_id = *link_id;
  item.type = Types().at(*type);
  if (!IsLinkId(item.link_id)) {
    sink.Add(JoinPath(path, "linkId"),
             "must be 1-64 letters, digits, '-', '_' or '.', not '" + item.link_id + "'");
  }
  for (const Item& earlier : out) {
    if (earlier.link_id == item.link_id) {
      sink.Add(JoinPath(path, "linkId"), "the linkId '" + item.link_id + "' is used twice");
    }
  }
  item.prefix = ReadString(object, path, "prefix", false, sink).value_or("");
  item.text = ReadString(object, path, "text", item.type != ItemType::kGroup, sink).value_or("");
  item.required = ReadBoolean(object, path, "required", sink).value_or(false);
  ParseTyped(object, path, sink, item);
  const auto children = object.find("item");
  const bool is_group = item.type == ItemType::kGroup;
  const std::string child_group = item.link_id;
  out.push_back(std::move(item));
  if (is_group) {
    if (children == object.end() || !children->is_array() || children->empty()) {
      sink.Add(path, "a group needs a non-empty list 'item'");
      return;
    }
    ParseItems(*children, JoinPath(path, "item"), child_group, sink, out);
  } else if (children != object.end()) {
    sink.Add(JoinPath(path, "item"), "only groups have items inside them");
  }
}

}  // namespace

void ParseItems(const json& array, const std::string& path, const std::optional<std::string>& group,
                const IssueSink& sink, std::vector<Item>& out) {
  if (!array.is_array() || array.empty()) {
    sink.Add(path, "must be a non-empty list of items");
    return;
  }
  for (std::size_t i = 0; i < array.size(); ++i) {
    ParseItem(array[i], IndexPath(path, i), group, sink, out);
  }
}

bool IsPlainId(const std::string& id) {
  return !id.empty() && id.size() <= 64 && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

}  // namespace lcn::assessment
