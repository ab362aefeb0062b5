// SPDX-License-Identifier: Apache-2.0
#include "care/care_plans/care_plan_print.hpp"

#include <array>

#include "core/time_format.hpp"

namespace lcn::domain {
namespace {

constexpr std::string_view kStyle = R"(
body { font-family: Arial, Helvetica, sans-serif; font-size: 20px; line-height: 1.5;
       color: #000; background: #fff; max-width: 44em; margin: 1.5em auto; padding: 0 1em; }
h1 { font-size: 1.8em; margin-bottom: 0.2em; }
h2 { font-size: 1.35em; margin-top: 1.6em; border-bottom: 2px solid #000; }
h3 { font-size: 1.1em; margin-bottom: 0.2em; }
.who { font-size: 1.1em; }
.status { border: 2px solid #000; padding: 0.5em 0.8em; }
.goal { font-size: 1.15em; margin: 0.6em 0; }
.measure { margin: 0 0 1em 1.2em; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #000; padding: 0.4em 0.5em; text-align: left; vertical-align: top; }
footer { margin-top: 2em; font-size: 0.9em; }
@media print { body { font-size: 14pt; margin: 0; max-width: none; }
               h2 { break-after: avoid; } tr { break-inside: avoid; } }
)";

// Escaped text with line breaks kept.
std::string Text(std::string_view text) {
  std::string out;
  for (const char c : HtmlEscape(text)) {
    if (c == '\n') {
      out += "<br>";
    } else if (c != '\r') {
      out += c;
    }
  }
  return out;
}

std::string AgreedWithWords(AgreedWith with) {
  switch (with) {
    case AgreedWith::kPerson:
      return "with you";
    case AgreedWith::kCarer:
      return "with your carer";
    case AgreedWith::kPersonAndCarer:
      return "with you and your carer";
    case AgreedWith::kNotYetAgreed:
      break;
  }
  return "";
}

std::string HowWords(AgreedHow how) {
  switch (how) {
    case AgreedHow::kFaceToFace:
      return "face to face";
    case AgreedHow::kPhone:
      return "by phone";
    case AgreedHow::kVideo:
      return "by video call";
    case AgreedHow::kLetter:
      return "by letter";
  }
  return "";
}

std::string OwnerWords(const ActionOwner& owner) {
  switch (owner.kind) {
    case OwnerKind::kPerson:
      return "You";
    case OwnerKind::kCarer:
      return owner.name ? Text(*owner.name) + " (your carer)" : "Your carer";
    case OwnerKind::kUser:
    case OwnerKind::kTeam:
    case OwnerKind::kOrganisation:
      break;
  }
  return owner.name ? Text(*owner.name) : "Someone from your care team";
}

std::string ProgressWords(ActionStatus s) {
  switch (s) {
    case ActionStatus::kPlanned:
      return "Not started yet";
    case ActionStatus::kInProgress:
      return "Started";
    case ActionStatus::kDone:
      return "Done";
    case ActionStatus::kCancelled:
      return "Stopped";
  }
  return "";
}

std::string NhsNumberWords(const std::string& digits) {
  return digits.size() == 10
             ? digits.substr(0, 3) + " " + digits.substr(3, 3) + " " + digits.substr(6)
             : digits;
}

void Goals(const CarePlanContent& c, std::string& out) {
  out += "<h2>What matters to you: your goals, in your words</h2>\n";
  if (c.goals.empty()) {
    out += "<p>No goals written yet.</p>\n";
    return;
  }
  for (const auto& g : c.goals) {
    out += "<p class=\"goal\">&ldquo;" + Text(g.in_own_words) + "&rdquo;</p>\n";
    if (g.measure_of_success) {
      out += "<p class=\"measure\">How we will know it is working: " + Text(*g.measure_of_success) +
             "</p>\n";
    }
  }
}

void Needs(const CarePlanContent& c, std::string& out) {
  if (c.needs.empty()) {
    return;
  }
  out += "<h2>What you would like help with</h2>\n<ul>\n";
  for (const auto& n : c.needs) {
    out += "<li><strong>" + Text(NeedDomainLabel(n.domain)) + ":</strong> " + Text(n.description) +
           "</li>\n";
  }
  out += "</ul>\n";
}

void Actions(const CarePlanContent& c, std::string& out) {
  out += "<h2>Who does what, and by when</h2>\n";
  std::string rows;
  for (const auto& a : c.actions) {
    if (a.status == ActionStatus::kCancelled) {
      continue;
    }
    rows += "<tr><td>" + Text(a.description) + "</td><td>" + OwnerWords(a.owner) + "</td><td>" +
            (a.due_date ? Text(DateInWords(*a.due_date)) : "No date set") + "</td><td>" +
            ProgressWords(a.status) + "</td></tr>\n";
  }
  if (rows.empty()) {
    out += "<p>No actions written yet.</p>\n";
    return;
  }
  out += "<table>\n<tr><th>What</th><th>Who</th><th>By when</th><th>Progress</th></tr>\n" + rows +
         "</table>\n";
}

void Crisis(const Contingency& c, std::string& out) {
  out += "<h2>If things get worse</h2>\n";
  const std::array<std::pair<const char*, const std::string*>, 3> parts = {{
      {"Warning signs to look out for", &c.warning_signs},
      {"What to do", &c.what_to_do},
      {"Who to contact", &c.who_to_contact},
  }};
  bool any = false;
  for (const auto& [title, text] : parts) {
    if (!text->empty()) {
      out += "<h3>" + std::string(title) + "</h3>\n<p>" + Text(*text) + "</p>\n";
      any = true;
    }
  }
  if (!any) {
    out += "<p>Nothing written yet. Ask your care team what to do if things get worse.</p>\n";
  }
}

}  // namespace

std::string HtmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string DateInWords(std::string_view iso_date) {
  static constexpr std::array<const char*, 12> kMonths = {
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  const auto d = ParseDate(iso_date);
  if (!d) {
    return std::string(iso_date);
  }
  return std::to_string(d->day) + " " + kMonths[static_cast<std::size_t>(d->month - 1)] + " " +
         std::to_string(d->year);
}

std::string CarePlanPrintHtml(const CarePlanPrintInput& in) {
  const CarePlanContent& c = in.content;
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>Care and support plan for " +
      Text(in.person_name) + "</title>\n<style>" + std::string(kStyle) +
      "</style>\n</head>\n<body>\n<h1>Your care and support plan</h1>\n<p class=\"who\">For "
      "<strong>" +
      Text(in.person_name) + "</strong>";
  if (in.birth_date) {
    out += ", born " + Text(DateInWords(*in.birth_date));
  }
  if (in.nhs_number) {
    out += "<br>NHS number " + Text(NhsNumberWords(*in.nhs_number));
  }
  out += "</p>\n<p class=\"status\">";
  if (StatusOf(c) == CarePlanStatus::kAgreed) {
    out += "This plan was agreed " + AgreedWithWords(c.agreement.with);
    if (c.agreement.how) {
      out += " " + HowWords(*c.agreement.how);
    }
    if (c.agreement.agreed_on) {
      out += " on " + Text(DateInWords(*c.agreement.agreed_on));
    }
    out += ".";
  } else {
    out += "This plan is a draft. It has not been agreed with you yet.";
  }
  out += "</p>\n";
  Goals(c, out);
  Needs(c, out);
  Actions(c, out);
  Crisis(c.contingency, out);
  out += "<h2>When we will look at this plan again</h2>\n<p>";
  out += c.review_date ? "By <strong>" + Text(DateInWords(*c.review_date)) + "</strong>."
                       : std::string("No date set yet.");
  out += " You can ask for it to be looked at sooner at any time.</p>\n<footer>Version " +
         std::to_string(in.version) + " of this plan, written on " +
         Text(DateInWords(in.recorded_on)) + ". Printed on " + Text(DateInWords(in.printed_on)) +
         ".</footer>\n</body>\n</html>\n";
  return out;
}

}  // namespace lcn::domain
