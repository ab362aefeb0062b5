// SPDX-License-Identifier: Apache-2.0
//
// About me: what a person wants everyone who supports them to know, told once
// (docs/care-coordination.md). What matters to them, their story, the people who support them,
// their communication needs (the Accessible Information Standard's contact methods, information
// formats and communication support, and a spoken-language interpreter), and their carers and
// next of kin with what each may see. This file holds the content, its fixed vocabularies and
// the strict reader of its JSON; versions and attribution are kept by the store. Pure;
// thread-safe.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/error.hpp"
#include "core/vocabulary.hpp"

namespace lcn::domain {

// Who wrote a version: a professional (with or for the person), the person, or their carer.
enum class AboutMeAuthor { kProfessional, kPerson, kCarer };

std::string_view AboutMeAuthorName(AboutMeAuthor author);

[[nodiscard]] std::optional<AboutMeAuthor> ParseAboutMeAuthor(std::string_view name);
Vocabulary<AboutMeAuthor> AboutMeAuthors();

// What a carer or next of kin may see of the person's care, as the person decided.
enum class MayView { kNothing, kPlanOnly, kPlanAndAppointments, kEverything };

std::string_view MayViewName(MayView may_view);

[[nodiscard]] std::optional<MayView> ParseMayView(std::string_view name);
Vocabulary<MayView> MayViews();
// What a contact may see, in words ("The care and support plan").
std::string_view MayViewLabel(MayView may_view);

// The Accessible Information Standard's kinds of need (DCB1605).
enum class InformationNeedKind { kContactMethod, kInformationFormat, kCommunicationSupport };

std::string_view InformationNeedKindName(InformationNeedKind kind);
Vocabulary<InformationNeedKind> InformationNeedKinds();

// One value of the fixed vocabulary of communication needs ("large_print", "bsl_interpreter").
struct InformationNeed {
  std::string_view code;
  InformationNeedKind kind;
  std::string_view label;  // in words, for people
};

// Every communication need LCN records, grouped by kind, in display order.
std::span<const InformationNeed> InformationNeeds();

struct CommunicationNeeds {
  std::vector<std::string> formats;  // codes from InformationNeeds(), no repeats, as given
  bool interpreter_needed = false;   // a spoken-language interpreter
  std::string language;              // preferred language; required with an interpreter
  std::string other_needs;
};

struct AboutMeContact {
  std::string name;
  std::string relationship;  // in words: "daughter", "neighbour"
  bool is_carer = false;
  bool is_next_of_kin = false;
  std::optional<std::string> phone;
  MayView may_view = MayView::kNothing;
  std::optional<std::string> notes;
};

struct AboutMeContent {
  std::string what_matters_to_me;
  std::string my_story;
  std::string people_who_support_me;
  CommunicationNeeds communication;
  std::vector<AboutMeContact> contacts;
};

// Limits, in bytes of UTF-8.
constexpr std::size_t kAboutMeLongText = 10'000;  // what matters, story, people who support me
constexpr std::size_t kAboutMeShortText = 200;    // names, relationships, language, phone
constexpr std::size_t kAboutMeNoteText = 2'000;   // other needs, a contact's notes
constexpr std::size_t kAboutMeMaxContacts = 30;

// Reads `content`, the About me object a client sent, strictly: unknown keys, wrong types,
// values outside the vocabularies, repeats, over-long text, a contact without a name,
// relationship or mayView, and an interpreter without a language are each added to `issues`,
// the field named by its path under `path` (e.g. "content.contacts[1].mayView"). Every key is
// optional except those of a contact; missing text reads as empty. Returns the content when no
// issue was added, std::nullopt otherwise.
[[nodiscard]] std::optional<AboutMeContent> ReadAboutMeContent(const nlohmann::json& content,
                                                               const std::string& path,
                                                               IssueCollector& issues);

// The content as JSON with every key present (camelCase, as the API reads it), so that reading
// it back with ReadAboutMeContent gives the same content.
[[nodiscard]] nlohmann::json AboutMeContentJson(const AboutMeContent& content);

}  // namespace lcn::domain
