// SPDX-License-Identifier: Apache-2.0
#include "api/schema.hpp"

#include <algorithm>

namespace lcn::api::schema {

using nlohmann::json;

Schema String() {
  return {{"type", "string"}};
}

Schema Integer() {
  return {{"type", "integer"}};
}

Schema Id() {
  return {{"type", "integer"}, {"minimum", 1}};
}

Schema Number() {
  return {{"type", "number"}};
}

Schema Boolean() {
  return {{"type", "boolean"}};
}

Schema Date() {
  return {{"type", "string"}, {"format", "date"}};
}

Schema Instant() {
  return {{"type", "string"}, {"format", "date-time"}};
}

Schema Enum(const std::vector<std::string_view>& names) {
  json values = json::array();
  for (const auto name : names) {
    values.push_back(std::string(name));
  }
  return {{"type", "string"}, {"enum", values}};
}

Schema Enum(const std::vector<std::string>& names) {
  return {{"type", "string"}, {"enum", names}};
}

Schema LabelledEnum(const std::vector<std::pair<std::string_view, std::string_view>>& labels) {
  json values = json::array();
  json descriptions = json::object();
  for (const auto& [name, label] : labels) {
    values.push_back(std::string(name));
    descriptions[std::string(name)] = std::string(label);
  }
  return {{"type", "string"}, {"enum", values}, {"x-enumDescriptions", descriptions}};
}

Schema Array(Schema items) {
  return {{"type", "array"}, {"items", std::move(items)}};
}

Schema MapOf(Schema values) {
  return {{"type", "object"}, {"additionalProperties", std::move(values)}};
}

Schema Any() {
  return json::object();
}

Schema AnyObject() {
  return {{"type", "object"}};
}

Schema AnyOf(std::vector<Schema> choices) {
  return {{"anyOf", std::move(choices)}};
}

Schema Nullable(Schema s) {
  if (s.contains(kNameKey) || !s.contains("type") || s.contains("format")) {
    // A named schema stays one component; null is the other branch. So is a formatted string:
    // validators may apply "format" to null too when the two share one schema.
    return {{"anyOf", json::array({std::move(s), {{"type", "null"}}})}};
  }
  json& type = s["type"];
  if (type.is_string()) {
    type = json::array({type, "null"});
  } else if (std::find(type.begin(), type.end(), "null") == type.end()) {
    type.push_back("null");
  }
  if (s.contains("enum") &&
      std::find(s["enum"].begin(), s["enum"].end(), nullptr) == s["enum"].end()) {
    s["enum"].push_back(nullptr);
  }
  return s;
}

Schema Describe(Schema s, std::string_view description) {
  s["description"] = std::string(description);
  return s;
}

Property Prop(std::string name, Schema s) {
  return {.name = std::move(name), .schema = std::move(s), .required = true};
}

Property Opt(std::string name, Schema s) {
  return {.name = std::move(name), .schema = std::move(s), .required = false};
}

Schema Object(const std::vector<Property>& properties) {
  json props = json::object();
  json required = json::array();
  for (const auto& p : properties) {
    props[p.name] = p.schema;
    if (p.required) {
      required.push_back(p.name);
    }
  }
  json out = {{"type", "object"}, {"properties", props}, {"additionalProperties", false}};
  if (!required.empty()) {
    out["required"] = required;
  }
  return out;
}

Schema Named(std::string_view name, Schema s) {
  s[kNameKey] = std::string(name);
  return s;
}

Schema Problem() {
  // Extension members (currentVersion, allowed, personId, ...) are allowed, as RFC 9457 says.
  json s =
      Object({Prop("type", String()), Prop("title", String()), Prop("status", Integer()),
              Prop("detail", String()),
              Opt("errors", Array(Object({Prop("field", String()), Prop("message", String())})))});
  s["additionalProperties"] = true;
  return Named("Problem", s);
}

}  // namespace lcn::api::schema
