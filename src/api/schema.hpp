// SPDX-License-Identifier: Apache-2.0
//
// A small builder for the JSON Schemas (the OpenAPI 3.1 dialect) that each route declares for
// its request and response bodies, so that the wire contract is written once, beside the route,
// in C++:
//
//   schema::Object({schema::Prop("version", schema::Integer()),
//                   schema::Opt("changeNote", schema::Nullable(schema::String()))})
//
// Objects refuse unknown properties (additionalProperties false), as JsonBody does, so that a
// response carrying an undeclared field fails the contract check of the API tests. Named(...)
// marks a schema that the OpenAPI document lists once under components/schemas and refers to by
// $ref; the same name must always mean the same schema (the document builder checks). The values
// are plain nlohmann::json; the functions are pure and thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/vocabulary.hpp"

namespace lcn::api::schema {

using Schema = nlohmann::json;

// The key that carries a Named schema's name until the document builder hoists it.
inline constexpr const char* kNameKey = "x-lcn-name";

Schema String();
Schema Integer();
// A whole number >= 1: the id of a stored row.
Schema Id();
Schema Number();
Schema Boolean();
// "YYYY-MM-DD".
Schema Date();
// An instant, "YYYY-MM-DDTHH:MM:SS.ffffffZ".
Schema Instant();
// One of `names`.
Schema Enum(const std::vector<std::string_view>& names);
Schema Enum(const std::vector<std::string>& names);

// One of `names`, each with its words for people (x-enumDescriptions: {name: label}, the
// OpenAPI extension Redocly documents; the web UI's labels are generated from it).
Schema LabelledEnum(const std::vector<std::pair<std::string_view, std::string_view>>& labels);

// The vocabulary's names; with its labels when it has them.
template <typename E>
Schema Enum(const Vocabulary<E>& vocabulary) {
  return vocabulary.Labelled() ? LabelledEnum(vocabulary.NamedLabels()) : Enum(vocabulary.Names());
}

Schema Array(Schema items);
// An object with free-form keys, each value matching `values`.
Schema MapOf(Schema values);
// Any JSON value at all (e.g. the old and new value of a changed field).
Schema Any();
// Any JSON object (documents whose shape another schema owns, e.g. a FHIR resource).
Schema AnyObject();
// A value matching at least one of `choices`.
Schema AnyOf(std::vector<Schema> choices);
// `s` or null.
Schema Nullable(Schema s);
// Adds a description to `s`.
Schema Describe(Schema s, std::string_view description);

struct Property {
  std::string name;
  Schema schema;
  bool required = true;
};

// A property that is always present (it may still be Nullable).
Property Prop(std::string name, Schema s);
// A property that may be absent.
Property Opt(std::string name, Schema s);

// An object with exactly `properties` (additionalProperties false).
Schema Object(const std::vector<Property>& properties);

// `s`, listed once in the OpenAPI document as components/schemas/`name`.
Schema Named(std::string_view name, Schema s);

// The problem body every error answers with (RFC 9457 subset, docs/api.md).
Schema Problem();

}  // namespace lcn::api::schema
