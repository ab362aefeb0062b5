// SPDX-License-Identifier: Apache-2.0
#include "api/json_body.hpp"

namespace lcn::api {
namespace {

// Thrown by the parser callback at the first value nested too deeply; nlohmann's parser is
// iterative, so stopping there costs nothing on the stack.
struct TooDeep {};

}  // namespace

nlohmann::json ParseRequestJson(const std::string& body) {
  const nlohmann::json::parser_callback_t depth_cap =
      [](int depth, nlohmann::json::parse_event_t /*event*/, nlohmann::json& /*parsed*/) {
        if (depth > kMaxRequestJsonDepth) {
          throw TooDeep{};
        }
        return true;
      };
  nlohmann::json doc;
  try {
    doc = nlohmann::json::parse(body, depth_cap);
  } catch (const TooDeep&) {
    throw Error(ErrorCode::kBadRequest, "the body nests objects or arrays deeper than " +
                                            std::to_string(kMaxRequestJsonDepth) + " levels");
  } catch (const nlohmann::json::parse_error& e) {
    throw Error(ErrorCode::kBadRequest,
                "the body is not valid JSON (at byte " + std::to_string(e.byte) + ")");
  } catch (const nlohmann::json::out_of_range&) {
    // 406: a number beyond a double's range. The library's message quotes it, so it is not used.
    throw Error(ErrorCode::kBadRequest, "the body holds a number too large to represent");
  } catch (const nlohmann::json::exception&) {
    throw Error(ErrorCode::kBadRequest, "the body is not valid JSON");
  }
  if (!doc.is_object()) {
    throw Error(ErrorCode::kBadRequest, "the body must be a JSON object");
  }
  return doc;
}

JsonBody::JsonBody(const std::string& body) : doc_(ParseRequestJson(body)) {}

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
