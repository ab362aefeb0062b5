// SPDX-License-Identifier: Apache-2.0
//
// CalibrationMarkdown: the calibration report as markdown tables for docs/demo-population.md.
#include <cstdio>
#include <string>

#include "demo/calibration/calibration.hpp"

namespace lcn::demo {
namespace {

std::string Fixed(double value, int decimals) {
  char text[32];
  std::snprintf(text, sizeof(text), "%.*f", decimals, value);
  return text;
}

std::string Ages(const CalibrationTarget& t) {
  if (!t.max_age) {
    return std::to_string(t.min_age) + "+";
  }
  return std::to_string(t.min_age) + "-" + std::to_string(*t.max_age);
}

std::string Thousands(std::int64_t n) {
  std::string digits = std::to_string(n);
  for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) {
    digits.insert(static_cast<std::size_t>(i), ",");
  }
  return digits;
}

}  // namespace

std::string CalibrationMarkdown(const CalibrationReport& report) {
  std::string md;
  md += "| measure | ages | target | achieved | tolerance | living people | source | within |\n";
  md += "|---|---|---:|---:|---:|---:|---|---|\n";
  for (const auto& r : report.targets) {
    const auto& t = r.target;
    md += "| " + t.measure + " | " + Ages(t) + " | " + (t.at_least ? "≥ " : "") +
          Fixed(t.value, 2) + " | " + Fixed(r.achieved, 2) + " | " +
          (t.at_least ? "-" : "± " + Fixed(t.tolerance, 2)) + " | " + Thousands(r.people) + " | " +
          t.source + " | " + (r.within ? "yes" : "**no**") + " |\n";
  }
  md +=
      "\n| ages | living people | 2+ conditions % | 3+ conditions % | mean conditions | "
      "eFI fit % | mild % | moderate % | severe % | emergency admissions per 1,000 | "
      "care home % |\n";
  md += "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
  for (const auto& b : report.bands) {
    const bool efi = b.label.find("65") == 0 || b.label == "75-84" || b.label == "85+";
    md += "| " + b.label + " | " + Thousands(b.people) + " | " + Fixed(b.conditions2_percent, 1) +
          " | " + Fixed(b.conditions3_percent, 1) + " | " + Fixed(b.mean_conditions, 2);
    for (const double p : b.efi_percent) {
      md += " | " + (efi ? Fixed(p, 1) : std::string("-"));
    }
    md +=
        " | " + Fixed(b.emergency_per_thousand, 0) + " | " + Fixed(b.care_home_percent, 2) + " |\n";
  }
  md += "\n| condition | table input % (this population) | found by the engine % |\n";
  md += "|---|---:|---:|\n";
  for (const auto& c : report.conditions) {
    md += "| " + c.id + " | " + Fixed(c.input_percent, 2) + " | " + Fixed(c.found_percent, 2) +
          " |\n";
  }
  return md;
}

}  // namespace lcn::demo
