// SPDX-License-Identifier: Apache-2.0
#include "care/care_plans/care_plan_print.hpp"

#include <gtest/gtest.h>

namespace lcn::domain {
namespace {

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

CarePlanPrintInput Input() {
  CarePlanPrintInput in;
  in.person_name = "Doris Jones";
  in.nhs_number = "9990000018";
  in.birth_date = "1938-04-12";
  in.version = 2;
  in.recorded_on = "2026-06-10";
  in.printed_on = "2026-06-15";
  in.content.goals.push_back({"g1", "I want to walk to the shop again", {}, "Twice a week"});
  CarePlanAction rails;
  rails.id = "a1";
  rails.description = "Arrange grab rails";
  rails.owner = {OwnerKind::kOrganisation, 5, "Care & Repair"};
  rails.due_date = "2026-07-01";
  in.content.actions.push_back(rails);
  CarePlanAction stopped = rails;
  stopped.id = "a2";
  stopped.description = "A cancelled action";
  stopped.status = ActionStatus::kCancelled;
  in.content.actions.push_back(stopped);
  in.content.contingency.who_to_contact = "Sarah (daughter)\n07700 900123";
  in.content.agreement = {AgreedWith::kPersonAndCarer, AgreedHow::kFaceToFace, "2026-06-10"};
  in.content.review_date = "2026-12-01";
  return in;
}

TEST(CarePlanPrint, ShowsTheGoalsWhoDoesWhatTheCrisisPlanAndTheReviewDate) {
  const std::string html = CarePlanPrintHtml(Input());
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0U);
  EXPECT_TRUE(Contains(html, "Doris Jones"));
  EXPECT_TRUE(Contains(html, "born 12 April 1938"));
  EXPECT_TRUE(Contains(html, "NHS number 999 000 0018"));
  EXPECT_TRUE(Contains(html, "I want to walk to the shop again"));
  EXPECT_TRUE(Contains(html, "Arrange grab rails"));
  EXPECT_TRUE(Contains(html, "Care &amp; Repair"));
  EXPECT_TRUE(Contains(html, "1 July 2026"));
  EXPECT_FALSE(Contains(html, "A cancelled action"));
  EXPECT_TRUE(Contains(html, "Sarah (daughter)<br>07700 900123"));
  EXPECT_TRUE(Contains(html, "agreed with you and your carer face to face on 10 June 2026"));
  EXPECT_TRUE(Contains(html, "1 December 2026"));
  EXPECT_TRUE(Contains(html, "Version 2"));
  EXPECT_FALSE(Contains(html, "<script"));
}

TEST(CarePlanPrint, EscapesEveryPieceOfText) {
  CarePlanPrintInput in = Input();
  in.person_name = "<b>Doris</b>";
  in.content.goals[0].in_own_words = "<script>alert('x')</script>";
  in.content.actions[0].description = "\"quoted\" & <i>";
  const std::string html = CarePlanPrintHtml(in);
  EXPECT_FALSE(Contains(html, "<script>"));
  EXPECT_FALSE(Contains(html, "<b>Doris"));
  EXPECT_TRUE(Contains(html, "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
  EXPECT_TRUE(Contains(html, "&quot;quoted&quot; &amp; &lt;i&gt;"));
}

TEST(CarePlanPrint, ADraftSaysSo) {
  CarePlanPrintInput in = Input();
  in.content.agreement = {};
  in.content.review_date.reset();
  const std::string html = CarePlanPrintHtml(in);
  EXPECT_TRUE(Contains(html, "has not been agreed with you yet"));
  EXPECT_TRUE(Contains(html, "No date set yet"));
}

TEST(CarePlanPrint, DatesInWords) {
  EXPECT_EQ(DateInWords("2027-01-15"), "15 January 2027");
  EXPECT_EQ(DateInWords("soon"), "soon");
  EXPECT_EQ(HtmlEscape("a<b>&'\""), "a&lt;b&gt;&amp;&#39;&quot;");
}

}  // namespace
}  // namespace lcn::domain
