// SPDX-License-Identifier: Apache-2.0
#include "api/json_body.hpp"

namespace lcn::api {

JsonBody::JsonBody(const std::string& body) {
  try {
    doc_ = nlohmann::json::parse(body);
  } catch (const nlohmann::json::parse_error& e) {
    throw Error(ErrorCode::kBadRequest,
                "the body is not valid JSON (at byte " + std::to_string(e.byte) + ")");
  }
  if (!doc_.is_object()) {
    throw Error(ErrorCode::kBadRequest, "the body must be a JSON object");
  }
}

const nlohmann::json* JsonBody::Find(const std::string& field, bool required) {
  seen_.insert(field);
  const auto it = doc_.find(field);
  if (it == doc_.end() || it->is_null()) {
    if (required) {
      issues_.Add(field, "is required");
    }
    return nullptr;
  }
  return &*it;
}

const nlohmann::json* JsonBody::FindTyped(const std::string& field, bool required,
                                          bool (nlohmann::json::*is_type)() const noexcept,
                                          const char* message) {
  const nlohmann::json* v = Find(field, required);
  if (v != nullptr && !(v->*is_type)()) {
    issues_.Add(field, message);
    return nullptr;
  }
  return v;
}

std::optional<std::string> JsonBody::String(const std::string& field, bool required) {
  const nlohmann::json* v =
      FindTyped(field, required, &nlohmann::json::is_string, "must be a string");
  if (v == nullptr) {
    return std::nullopt;
  }
  std::string s = v->get<std::string>();
  if (required && s.empty()) {
    issues_.Add(field, "is required");
    return std::nullopt;
  }
  return s;
}

std::optional<std::int64_t> JsonBody::Integer(const std::string& field, bool required) {
  const nlohmann::json* v =
      FindTyped(field, required, &nlohmann::json::is_number_integer, "must be a whole number");
  return v != nullptr ? std::optional(v->get<std::int64_t>()) : std::nullopt;
}

std::optional<double> JsonBody::Number(const std::string& field, bool required) {
  const nlohmann::json* v =
      FindTyped(field, required, &nlohmann::json::is_number, "must be a number");
  return v != nullptr ? std::optional(v->get<double>()) : std::nullopt;
}

std::optional<bool> JsonBody::Boolean(const std::string& field, bool required) {
  const nlohmann::json* v =
      FindTyped(field, required, &nlohmann::json::is_boolean, "must be true or false");
  return v != nullptr ? std::optional(v->get<bool>()) : std::nullopt;
}

std::optional<nlohmann::json> JsonBody::Object(const std::string& field, bool required) {
  const nlohmann::json* v =
      FindTyped(field, required, &nlohmann::json::is_object, "must be an object");
  return v != nullptr ? std::optional(*v) : std::nullopt;
}

void JsonBody::Invalid(const std::string& field, const std::string& message) {
  issues_.Add(field, message);
}

void JsonBody::ThrowIfInvalid() {
  for (const auto& [name, value] : doc_.items()) {
    if (seen_.count(name) == 0) {
      issues_.Add(name, "is not a known field");
    }
  }
  issues_.ThrowIfAny("the request body has invalid fields");
}

}  // namespace lcn::api
