// SPDX-License-Identifier: Apache-2.0
#include "care/timeline/timeline_text.hpp"

#include "care/assessments/questionnaire_loader.hpp"

namespace lcn::api::handlers {
namespace {

// "in_progress" -> "in progress".
std::string Words(std::string s) {
  for (char& c : s) {
    if (c == '_') {
      c = ' ';
    }
  }
  return s;
}

std::string Capitalised(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') {
    s[0] = static_cast<char>(s[0] - 'a' + 'A');
  }
  return s;
}

std::string QuestionnaireTitle(const std::string& id) {
  const auto* q = assessment::DefaultQuestionnaires().Find(id);
  return q && !q->title.empty() ? q->title : id;
}

}  // namespace

std::string TimelineTitle(const store::TimelineEntry& e) {
  if (e.type == "assessment") {
    return QuestionnaireTitle(e.label) + " " + Words(e.event);
  }
  if (e.type == "enrolment") {
    if (e.label == e.event) {  // same state: the lead professional changed
      return "Lead professional changed";
    }
    return "Care coordination: " + Words(e.event);
  }
  if (e.type == "care_team") {
    return e.label + (e.event == "joined" ? " joined the care team" : " left the care team");
  }
  if (e.type == "task" || e.type == "referral") {
    const std::string what = e.type == "task" ? "Task" : "Referral";
    return what + " " + Words(e.event == "requested" ? "sent" : e.event) + ": " + e.label;
  }
  if (e.type == "note") {
    return Capitalised(Words(e.label));
  }
  if (e.type == "about_me") {
    const std::string who = e.label == "person"  ? " by the person"
                            : e.label == "carer" ? " by their carer"
                                                 : "";
    return "About me " + Words(e.event) + who;
  }
  if (e.type == "care_plan") {
    return "Care plan " + e.label + (e.event == "agreed" ? " agreed" : " saved as a draft");
  }
  if (e.type == "mdt") {
    return e.event == "listed" ? "On the MDT case list: " + e.label
                               : "MDT outcome (" + e.label + "): " + Words(e.event);
  }
  return Capitalised(Words(e.type)) + " " + Words(e.event);
}

}  // namespace lcn::api::handlers
