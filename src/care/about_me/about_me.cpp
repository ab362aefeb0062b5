// SPDX-License-Identifier: Apache-2.0
#include "care/about_me/about_me.hpp"

#include <algorithm>
#include <array>

#include "core/json_input.hpp"
#include "domain/name_table.hpp"

namespace lcn::domain {
namespace {

using nlohmann::json;
using K = InformationNeedKind;

constexpr NameTable<AboutMeAuthor, 3> kAuthors = {{{AboutMeAuthor::kProfessional, "professional"},
                                                   {AboutMeAuthor::kPerson, "person"},
                                                   {AboutMeAuthor::kCarer, "carer"}}};

constexpr NameTable<MayView, 4> kMayView = {
    {{MayView::kNothing, "nothing"},
     {MayView::kPlanOnly, "plan_only"},
     {MayView::kPlanAndAppointments, "plan_and_appointments"},
     {MayView::kEverything, "everything"}}};

constexpr NameTable<MayView, 4> kMayViewLabels = {
    {{MayView::kNothing, "Nothing"},
     {MayView::kPlanOnly, "The care and support plan"},
     {MayView::kPlanAndAppointments, "The plan and appointments"},
     {MayView::kEverything, "Everything the person can see"}}};
static_assert(Vocabulary<MayView>(kMayView, kMayViewLabels).LabelsMatch());

constexpr NameTable<InformationNeedKind, 3> kKinds = {
    {{K::kContactMethod, "contact_method"},
     {K::kInformationFormat, "information_format"},
     {K::kCommunicationSupport, "communication_support"}}};
constexpr NameTable<InformationNeedKind, 3> kKindLabels = {
    {{K::kContactMethod, "How to contact them"},
     {K::kInformationFormat, "Information in a format they can use"},
     {K::kCommunicationSupport, "Support to communicate"}}};
static_assert(Vocabulary<InformationNeedKind>(kKinds, kKindLabels).LabelsMatch());

// The Accessible Information Standard's contact methods, information formats and communication
// support (professionals and equipment). A spoken-language interpreter is recorded apart
// (interpreterNeeded and language).
constexpr std::array<InformationNeed, 20> kNeeds = {{
    {"letter", K::kContactMethod, "Contact by letter"},
    {"telephone", K::kContactMethod, "Contact by telephone"},
    {"text_message", K::kContactMethod, "Contact by text message"},
    {"email", K::kContactMethod, "Contact by email"},
    {"text_relay", K::kContactMethod, "Contact through a text relay service"},
    {"via_carer", K::kContactMethod, "Contact through their carer"},
    {"large_print", K::kInformationFormat, "Information in large print"},
    {"easy_read", K::kInformationFormat, "Information in easy read"},
    {"braille", K::kInformationFormat, "Information in braille"},
    {"audio", K::kInformationFormat, "Information as audio"},
    {"bsl_video", K::kInformationFormat, "Information as a British Sign Language video"},
    {"electronic_document", K::kInformationFormat,
     "Information as an accessible electronic document (for a screen reader)"},
    {"bsl_interpreter", K::kCommunicationSupport, "British Sign Language interpreter"},
    {"deafblind_interpreter", K::kCommunicationSupport,
     "Deafblind manual or hands-on signing interpreter"},
    {"lipspeaker", K::kCommunicationSupport, "Lipspeaker"},
    {"speech_to_text_reporter", K::kCommunicationSupport, "Speech-to-text reporter"},
    {"sign_supported_english", K::kCommunicationSupport, "Sign Supported English"},
    {"makaton", K::kCommunicationSupport, "Makaton"},
    {"hearing_loop", K::kCommunicationSupport, "Hearing loop"},
    {"advocate", K::kCommunicationSupport, "An advocate to support communication"},
}};

template <typename E, std::size_t N>
std::string Choices(const NameTable<E, N>& table) {
  std::string out;
  for (const auto& [value, name] : table) {
    out += (out.empty() ? "" : ", ") + std::string(name);
  }
  return out;
}

std::vector<std::string> NeedCodes() {
  std::vector<std::string> out;
  out.reserve(kNeeds.size());
  for (const InformationNeed& need : kNeeds) {
    out.emplace_back(need.code);
  }
  return out;
}

// Reads JSON objects field by field; records the path of every problem.
class Reader {
 public:
  Reader(const json& object, std::string path, IssueCollector& issues)
      : object_(object), path_(std::move(path)), issues_(issues) {}

  bool Ok() const { return ok_; }

  std::string Path(std::string_view key) const { return JoinPath(path_, key); }

  void Invalid(const std::string& field, std::string message) {
    issues_.Add(field, std::move(message));
    ok_ = false;
  }

  // Refuses keys outside `allowed`, with a "did you mean" hint.
  void OnlyKeys(const std::vector<std::string>& allowed) {
    for (const auto& [key, value] : object_.items()) {
      if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
        Invalid(Path(key), "is not a known field" + DidYouMean(key, allowed));
      }
    }
  }

  // The field, or nullptr when it is missing or null (an issue when `required`).
  const json* Find(std::string_view key, bool required) {
    const auto it = object_.find(key);
    if (it == object_.end() || it->is_null()) {
      if (required) {
        Invalid(Path(key), "is required");
      }
      return nullptr;
    }
    return &*it;
  }

  std::optional<std::string> Text(std::string_view key, bool required, std::size_t limit) {
    const json* v = Find(key, required);
    if (v == nullptr) {
      return std::nullopt;
    }
    if (!v->is_string()) {
      Invalid(Path(key), "must be a string, not " + std::string(DescribeType(*v)));
      return std::nullopt;
    }
    std::string s = v->get<std::string>();
    if (s.size() > limit) {
      Invalid(Path(key), "must be at most " + std::to_string(limit) + " characters");
      return std::nullopt;
    }
    if (required && s.find_first_not_of(" \t\r\n") == std::string::npos) {
      Invalid(Path(key), "is required");
      return std::nullopt;
    }
    return s;
  }

  bool Flag(std::string_view key) {
    const json* v = Find(key, false);
    if (v != nullptr && !v->is_boolean()) {
      Invalid(Path(key), "must be true or false");
      return false;
    }
    return v != nullptr && v->get<bool>();
  }

 private:
  const json& object_;
  std::string path_;
  IssueCollector& issues_;
  bool ok_ = true;
};

bool RequireObject(const json& value, const std::string& path, IssueCollector& issues) {
  if (!value.is_object()) {
    issues.Add(path, "must be an object, not " + std::string(DescribeType(value)));
    return false;
  }
  return true;
}

std::optional<CommunicationNeeds> ReadCommunication(const json& value, const std::string& path,
                                                    IssueCollector& issues) {
  if (!RequireObject(value, path, issues)) {
    return std::nullopt;
  }
  Reader r(value, path, issues);
  r.OnlyKeys({"formats", "interpreterNeeded", "language", "otherNeeds"});
  CommunicationNeeds out;
  if (const json* formats = r.Find("formats", false)) {
    if (!formats->is_array()) {
      r.Invalid(r.Path("formats"), "must be a list of " + std::to_string(kNeeds.size()) +
                                       " known needs (see /api/v1/about-me/vocabulary)");
    } else {
      const std::vector<std::string> codes = NeedCodes();
      for (std::size_t i = 0; i < formats->size(); ++i) {
        const json& item = (*formats)[i];
        const std::string field = IndexPath(r.Path("formats"), i);
        if (!item.is_string()) {
          r.Invalid(field, "must be a string");
          continue;
        }
        const auto code = item.get<std::string>();
        if (std::find(codes.begin(), codes.end(), code) == codes.end()) {
          r.Invalid(field, "'" + code + "' is not a communication need LCN knows" +
                               DidYouMean(code, codes) + " (see /api/v1/about-me/vocabulary)");
        } else if (std::find(out.formats.begin(), out.formats.end(), code) != out.formats.end()) {
          r.Invalid(field, "'" + code + "' is given twice");
        } else {
          out.formats.push_back(code);
        }
      }
    }
  }
  out.interpreter_needed = r.Flag("interpreterNeeded");
  out.language = r.Text("language", false, kAboutMeShortText).value_or("");
  out.other_needs = r.Text("otherNeeds", false, kAboutMeNoteText).value_or("");
  if (out.interpreter_needed && out.language.find_first_not_of(" \t") == std::string::npos) {
    r.Invalid(r.Path("language"), "is required when an interpreter is needed: which language");
  }
  return r.Ok() ? std::optional(out) : std::nullopt;
}

std::optional<AboutMeContact> ReadContact(const json& value, const std::string& path,
                                          IssueCollector& issues) {
  if (!RequireObject(value, path, issues)) {
    return std::nullopt;
  }
  Reader r(value, path, issues);
  r.OnlyKeys({"name", "relationship", "isCarer", "isNextOfKin", "phone", "mayView", "notes"});
  AboutMeContact out;
  out.name = r.Text("name", true, kAboutMeShortText).value_or("");
  out.relationship = r.Text("relationship", true, kAboutMeShortText).value_or("");
  out.is_carer = r.Flag("isCarer");
  out.is_next_of_kin = r.Flag("isNextOfKin");
  out.phone = r.Text("phone", false, kAboutMeShortText);
  if (out.phone && out.phone->find_first_not_of("0123456789+() -") != std::string::npos) {
    r.Invalid(r.Path("phone"), "may hold only digits, spaces, +, ( ) and -");
  }
  if (out.phone && out.phone->empty()) {
    out.phone.reset();
  }
  if (const auto may_view = r.Text("mayView", true, kAboutMeShortText)) {
    if (const auto parsed = ParseMayView(*may_view)) {
      out.may_view = *parsed;
    } else {
      r.Invalid(r.Path("mayView"), "must be one of " + Choices(kMayView));
    }
  }
  out.notes = r.Text("notes", false, kAboutMeNoteText);
  if (out.notes && out.notes->empty()) {
    out.notes.reset();
  }
  return r.Ok() ? std::optional(out) : std::nullopt;
}

}  // namespace

std::string_view AboutMeAuthorName(AboutMeAuthor author) {
  return NameOf(kAuthors, author);
}

std::optional<AboutMeAuthor> ParseAboutMeAuthor(std::string_view name) {
  return ParseName(kAuthors, name);
}

std::string_view MayViewName(MayView may_view) {
  return NameOf(kMayView, may_view);
}

std::optional<MayView> ParseMayView(std::string_view name) {
  return ParseName(kMayView, name);
}

Vocabulary<AboutMeAuthor> AboutMeAuthors() {
  return kAuthors;
}

Vocabulary<MayView> MayViews() {
  return {kMayView, kMayViewLabels};
}

std::string_view MayViewLabel(MayView may_view) {
  return MayViews().Label(may_view);
}

Vocabulary<InformationNeedKind> InformationNeedKinds() {
  return {kKinds, kKindLabels};
}

std::string_view InformationNeedKindName(InformationNeedKind kind) {
  return NameOf(kKinds, kind);
}

std::span<const InformationNeed> InformationNeeds() {
  return kNeeds;
}

std::optional<AboutMeContent> ReadAboutMeContent(const json& content, const std::string& path,
                                                 IssueCollector& issues) {
  if (!RequireObject(content, path, issues)) {
    return std::nullopt;
  }
  Reader r(content, path, issues);
  r.OnlyKeys(
      {"whatMattersToMe", "myStory", "peopleWhoSupportMe", "communicationNeeds", "contacts"});
  AboutMeContent out;
  out.what_matters_to_me = r.Text("whatMattersToMe", false, kAboutMeLongText).value_or("");
  out.my_story = r.Text("myStory", false, kAboutMeLongText).value_or("");
  out.people_who_support_me = r.Text("peopleWhoSupportMe", false, kAboutMeLongText).value_or("");
  bool ok = r.Ok();
  if (const json* communication = r.Find("communicationNeeds", false)) {
    const auto needs = ReadCommunication(*communication, r.Path("communicationNeeds"), issues);
    ok = ok && needs.has_value();
    out.communication = needs.value_or(CommunicationNeeds{});
  }
  if (const json* contacts = r.Find("contacts", false)) {
    if (!contacts->is_array()) {
      r.Invalid(r.Path("contacts"), "must be a list of contacts");
    } else if (contacts->size() > kAboutMeMaxContacts) {
      r.Invalid(r.Path("contacts"),
                "must hold at most " + std::to_string(kAboutMeMaxContacts) + " contacts");
    } else {
      for (std::size_t i = 0; i < contacts->size(); ++i) {
        const auto contact = ReadContact((*contacts)[i], IndexPath(r.Path("contacts"), i), issues);
        ok = ok && contact.has_value();
        if (contact) {
          out.contacts.push_back(*contact);
        }
      }
    }
  }
  return ok && r.Ok() ? std::optional(out) : std::nullopt;
}

json AboutMeContentJson(const AboutMeContent& content) {
  json contacts = json::array();
  for (const AboutMeContact& c : content.contacts) {
    contacts.push_back({{"name", c.name},
                        {"relationship", c.relationship},
                        {"isCarer", c.is_carer},
                        {"isNextOfKin", c.is_next_of_kin},
                        {"phone", c.phone ? json(*c.phone) : json(nullptr)},
                        {"mayView", MayViewName(c.may_view)},
                        {"notes", c.notes ? json(*c.notes) : json(nullptr)}});
  }
  const CommunicationNeeds& needs = content.communication;
  return {{"whatMattersToMe", content.what_matters_to_me},
          {"myStory", content.my_story},
          {"peopleWhoSupportMe", content.people_who_support_me},
          {"communicationNeeds",
           {{"formats", needs.formats},
            {"interpreterNeeded", needs.interpreter_needed},
            {"language", needs.language},
            {"otherNeeds", needs.other_needs}}},
          {"contacts", contacts}};
}

}  // namespace lcn::domain
