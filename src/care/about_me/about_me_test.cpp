// SPDX-License-Identifier: Apache-2.0
#include "care/about_me/about_me.hpp"

#include <gtest/gtest.h>

namespace lcn::domain {
namespace {

using nlohmann::json;

json Full() {
  return {{"whatMattersToMe", "Getting to the allotment on Saturdays"},
          {"myStory", "Worked on the buses for 40 years."},
          {"peopleWhoSupportMe", "My daughter Jane; the neighbours"},
          {"communicationNeeds",
           {{"formats", {"large_print", "telephone"}},
            {"interpreterNeeded", true},
            {"language", "Bengali (Sylheti)"},
            {"otherNeeds", "Speak slowly; hard of hearing on the left"}}},
          {"contacts",
           {{{"name", "Jane Doe"},
             {"relationship", "daughter"},
             {"isCarer", true},
             {"isNextOfKin", true},
             {"phone", "+44 7700 900123"},
             {"mayView", "plan_and_appointments"},
             {"notes", "Visits daily"}}}}};
}

// The fields of the issues found reading `content`, and whether it was accepted.
std::vector<std::string> Fields(const json& content, bool* accepted = nullptr) {
  IssueCollector issues;
  const auto read = ReadAboutMeContent(content, "content", issues);
  if (accepted != nullptr) {
    *accepted = read.has_value();
  }
  std::vector<std::string> out;
  for (const FieldIssue& issue : issues.Issues()) {
    out.push_back(issue.field);
  }
  return out;
}

TEST(AboutMe, FullContentReadsAndWritesBackTheSame) {
  IssueCollector issues;
  const auto content = ReadAboutMeContent(Full(), "content", issues);
  ASSERT_TRUE(content.has_value());
  EXPECT_TRUE(issues.Empty());
  EXPECT_EQ(content->contacts.at(0).may_view, MayView::kPlanAndAppointments);
  EXPECT_TRUE(content->communication.interpreter_needed);
  EXPECT_EQ(AboutMeContentJson(*content), Full());
}

TEST(AboutMe, EmptyContentIsAllowedAndEveryKeyIsWrittenBack) {
  IssueCollector issues;
  const auto content = ReadAboutMeContent(json::object(), "content", issues);
  ASSERT_TRUE(content.has_value());
  const json out = AboutMeContentJson(*content);
  EXPECT_EQ(out["whatMattersToMe"], "");
  EXPECT_EQ(out["communicationNeeds"]["formats"], json::array());
  EXPECT_EQ(out["communicationNeeds"]["interpreterNeeded"], false);
  EXPECT_EQ(out["contacts"], json::array());
}

TEST(AboutMe, UnknownVocabularyNamesTheExactField) {
  json content = Full();
  content["contacts"].push_back(
      {{"name", "Sam"}, {"relationship", "neighbour"}, {"mayView", "all_of_it"}});
  content["communicationNeeds"]["formats"] = {"large_print", "large-print", "large_print"};
  bool accepted = true;
  EXPECT_EQ(Fields(content, &accepted),
            (std::vector<std::string>{"content.communicationNeeds.formats[1]",
                                      "content.communicationNeeds.formats[2]",
                                      "content.contacts[1].mayView"}));
  EXPECT_FALSE(accepted);
}

TEST(AboutMe, TypoInAVocabularyValueGetsAHint) {
  json content = Full();
  content["communicationNeeds"]["formats"] = {"brialle"};
  IssueCollector issues;
  EXPECT_FALSE(ReadAboutMeContent(content, "content", issues).has_value());
  ASSERT_EQ(issues.Issues().size(), 1U);
  EXPECT_NE(issues.Issues()[0].message.find("did you mean 'braille'"), std::string::npos);
}

TEST(AboutMe, ContactsNeedNameRelationshipAndWhatTheyMaySee) {
  json content = {{"contacts", {{{"isCarer", "yes"}, {"phone", "call me"}, {"age", 80}}}}};
  EXPECT_EQ(Fields(content), (std::vector<std::string>{
                                 "content.contacts[0].age", "content.contacts[0].name",
                                 "content.contacts[0].relationship", "content.contacts[0].isCarer",
                                 "content.contacts[0].phone", "content.contacts[0].mayView"}));
  EXPECT_EQ(
      Fields({{"contacts", {{{"name", " "}, {"relationship", "son"}, {"mayView", "nothing"}}}}}),
      (std::vector<std::string>{"content.contacts[0].name"}));
}

TEST(AboutMe, AnInterpreterNeedsALanguage) {
  EXPECT_EQ(Fields({{"communicationNeeds", {{"interpreterNeeded", true}}}}),
            (std::vector<std::string>{"content.communicationNeeds.language"}));
  EXPECT_TRUE(Fields({{"communicationNeeds", {{"language", "Polish"}}}}).empty());
}

TEST(AboutMe, UnknownKeysWrongTypesAndLongTextAreRefused) {
  EXPECT_EQ(Fields({{"whatMatersToMe", "x"}}),
            (std::vector<std::string>{"content.whatMatersToMe"}));
  EXPECT_EQ(Fields({{"myStory", 3}, {"contacts", "Jane"}, {"communicationNeeds", {1, 2}}}),
            (std::vector<std::string>{"content.myStory", "content.communicationNeeds",
                                      "content.contacts"}));
  EXPECT_EQ(Fields({{"myStory", std::string(kAboutMeLongText + 1, 'a')}}),
            (std::vector<std::string>{"content.myStory"}));
  EXPECT_EQ(Fields(json::array()), (std::vector<std::string>{"content"}));
}

TEST(AboutMe, VocabulariesHaveUniqueCodesAndRoundTrip) {
  std::vector<std::string_view> codes;
  for (const InformationNeed& need : InformationNeeds()) {
    EXPECT_EQ(std::count(codes.begin(), codes.end(), need.code), 0) << need.code;
    codes.push_back(need.code);
    EXPECT_FALSE(InformationNeedKindName(need.kind).empty());
  }
  for (const MayView v : {MayView::kNothing, MayView::kPlanOnly, MayView::kPlanAndAppointments,
                          MayView::kEverything}) {
    EXPECT_EQ(ParseMayView(MayViewName(v)), v);
  }
  for (const AboutMeAuthor a :
       {AboutMeAuthor::kProfessional, AboutMeAuthor::kPerson, AboutMeAuthor::kCarer}) {
    EXPECT_EQ(ParseAboutMeAuthor(AboutMeAuthorName(a)), a);
  }
  EXPECT_FALSE(ParseAboutMeAuthor("Person").has_value());
}

}  // namespace
}  // namespace lcn::domain
