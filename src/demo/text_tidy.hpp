// SPDX-License-Identifier: Apache-2.0
//
// Small text helpers for turning published data into display values: tidy capitalisation of
// upper-case NHS names, URL-safe codes, postcode districts and sectors, the first URL of a list.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lcn::demo {

// Title-cases an upper-case published name: "BALL TREE SURGERY" -> "Ball Tree Surgery",
// "DR AT BRADFORD'S PRACTICE" -> "Dr AT Bradford's Practice", "AT MEDICS STREATHAM PCN" ->
// "AT Medics Streatham PCN". Known acronyms (PCN, GP, QHS, NHS ...) and initials after "DR"
// stay upper case; a letter after an apostrophe is lower case.
std::string TidyName(std::string_view published);

// Lower-case letters and digits joined by single hyphens: "Dulwich & Nunhead Villages" ->
// "dulwich-nunhead-villages".
std::string Slugify(std::string_view text);

// `text` without `suffix` at its end (unchanged when it does not end so).
std::string WithoutSuffix(std::string_view text, std::string_view suffix);

// The outward code of a full postcode: "SE16 7JX" -> "SE16". std::nullopt without a space.
[[nodiscard]] std::optional<std::string> PostcodeDistrict(std::string_view postcode);

// The sector digit of a full postcode: "SE16 7JX" -> 7. std::nullopt when malformed.
[[nodiscard]] std::optional<int> PostcodeSector(std::string_view postcode);

// The first entry starting with "http" in a " ; "-separated list; std::nullopt when none.
[[nodiscard]] std::optional<std::string> FirstUrl(std::string_view urls);

// True when `word` occurs in `text` as a whole word (case-sensitive; neighbours are not letters
// or digits).
bool ContainsWord(std::string_view text, std::string_view word);

}  // namespace lcn::demo
