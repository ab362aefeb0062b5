// SPDX-License-Identifier: Apache-2.0
//
// Reading and checking patients.csv.
#include "extract/patient_table.hpp"

#include <array>
#include <chrono>
#include <utility>

#include "domain/nhs_number.hpp"
#include "extract/day.hpp"
#include "extract/field_checks.hpp"

namespace lcn::extract {
namespace {

enum Column : std::size_t {
  kPatientId,
  kNhsNumber,
  kBirthDate,
  kSex,
  kPractice,
  kPostcode,
  kDeathDate,
  kCareHome,
  kGivenName,
  kFamilyName,
};

constexpr std::array<ColumnSpec, 10> kColumns = {{
    {"patient_id", true},
    {"nhs_number", false},
    {"birth_date", true},
    {"sex", true},
    {"practice", true},
    {"postcode", false},
    {"death_date", false},
    {"care_home", false},
    {"given_name", false},
    {"family_name", false},
}};

constexpr std::string_view kFile = "patients.csv";
constexpr std::int64_t kProgressEveryLines = 1 << 14;

// 1880-01-01: no one alive or recently dead was born earlier.
constexpr std::int32_t kEarliestBirthDay = static_cast<std::int32_t>(
    std::chrono::sys_days(std::chrono::year(1880) / 1 / 1).time_since_epoch().count());

// A validated NHS number as a number, a cheaper hash key than its text.
std::int64_t NhsKey(std::string_view digits) {
  std::int64_t key = 0;
  for (const char c : digits) {
    key = key * 10 + (c - '0');
  }
  return key;
}

bool HasOuterSpace(std::string_view text) {
  return !text.empty() && (text.front() == ' ' || text.back() == ' ');
}

// Checks patient_id; true when it can be indexed.
bool CheckPatientId(std::string_view id, std::int64_t line, RowErrors& errors) {
  if (id.empty()) {
    errors.Add(line, "patient_id", {"is required"});
    return false;
  }
  if (!IsCleanUtf8(id)) {
    errors.Add(line, "patient_id", {"is not clean UTF-8 text"});
    return false;
  }
  if (HasOuterSpace(id)) {
    errors.Add(line, "patient_id", {"has leading or trailing spaces"});
    return false;
  }
  return true;
}

// A day that must be given (birth_date) or may be (death_date): its checks, without ever
// quoting the value. std::nullopt when absent or invalid; `valid` is false when invalid.
std::optional<std::int32_t> CheckPersonalDay(std::string_view text, std::string_view column,
                                             std::int32_t today_day, std::int64_t line,
                                             RowErrors& errors, bool& valid) {
  if (text.empty()) {
    return std::nullopt;
  }
  const std::optional<std::int32_t> day = ParseDay(text);
  if (!day) {
    errors.Add(line, column, {"is not a date (YYYY-MM-DD)"});
  } else if (*day > today_day) {
    errors.Add(line, column, {"is in the future"});
  } else {
    return day;
  }
  valid = false;
  return std::nullopt;
}

void CheckOds(std::string_view text, std::string_view column, std::int64_t line, RowErrors& errors,
              bool& valid) {
  if (!IsOdsCode(text)) {
    errors.AddQuoted(line, column, text, "is not an ODS code (3-10 upper-case letters or digits)");
    valid = false;
  }
}

std::optional<std::string> Optional(std::string_view text) {
  return text.empty() ? std::nullopt : std::optional<std::string>(text);
}

}  // namespace

PatientTable PatientTable::Read(const std::string& dir, const ReadContext& context,
                                RowErrors& errors, std::int64_t& rows_read) {
  PatientTable table;
  table.file_ = TableFile::Open(dir, kFile, kColumns, /*required=*/true, errors);
  if (!table.file_) {
    return table;
  }
  const TableFile& file = *table.file_;
  const std::size_t estimate = EstimateRows(file.RowsBegin(), file.RowsEnd());
  table.index_.reserve(estimate);
  table.patients_.reserve(estimate);
  RowFields fields{};
  CsvCursor cursor(file.RowsBegin(), file.RowsEnd());
  const char* progress_mark = file.RowsBegin();
  std::int64_t line = TableFile::FirstRowLine() - 1;
  while (!cursor.Done()) {
    ++line;
    ++rows_read;
    const CsvLine csv = cursor.Next(file.Slots(fields));
    if (file.CheckShape(csv, line, errors)) {
      table.ReadRow(fields, line, context, errors);
    }
    if (line % kProgressEveryLines == 0 && context.progress != nullptr) {
      context.progress->Add(cursor.Position() - progress_mark);
      progress_mark = cursor.Position();
      context.progress->MaybeReport();
    }
  }
  if (context.progress != nullptr) {
    context.progress->Add(cursor.Position() - progress_mark);
  }
  return table;
}

void PatientTable::ReadRow(const RowFields& fields, std::int64_t line, const ReadContext& context,
                           RowErrors& errors) {
  const TableFile& file = *file_;
  bool valid = true;
  Patient patient;

  const std::string_view id = file.Field(fields, kPatientId);
  const bool indexable = CheckPatientId(id, line, errors);
  valid = valid && indexable;

  const std::string_view nhs_text = file.Field(fields, kNhsNumber);
  if (!nhs_text.empty()) {
    patient.nhs_number = domain::NormaliseNhsNumber(nhs_text);
    if (!patient.nhs_number) {
      errors.Add(line, "nhs_number", {"is not a valid NHS number"});
      valid = false;
    } else if (const auto [it, added] =
                   nhs_number_lines_.try_emplace(NhsKey(*patient.nhs_number), line);
               !added) {
      errors.Add(line, "nhs_number", {"duplicate of line ", std::to_string(it->second)});
      valid = false;
    }
  }

  const std::string_view birth_text = file.Field(fields, kBirthDate);
  std::optional<std::int32_t> birth_day;
  if (birth_text.empty()) {
    errors.Add(line, "birth_date", {"is required"});
    valid = false;
  } else {
    birth_day = CheckPersonalDay(birth_text, "birth_date", context.today_day, line, errors, valid);
    if (birth_day && *birth_day < kEarliestBirthDay) {
      errors.Add(line, "birth_date", {"is before 1880-01-01"});
      birth_day.reset();
      valid = false;
    }
  }
  patient.birth_day = birth_day.value_or(0);

  const std::string_view sex_text = file.Field(fields, kSex);
  if (const std::optional<domain::Sex> sex = domain::ParseSex(sex_text)) {
    patient.sex = *sex;
  } else if (sex_text.empty()) {
    errors.Add(line, "sex", {"is required"});
    valid = false;
  } else {
    errors.AddQuoted(line, "sex", sex_text, "is not one of male, female, other, unknown");
    valid = false;
  }

  const std::string_view practice = file.Field(fields, kPractice);
  if (practice.empty()) {
    errors.Add(line, "practice", {"is required"});
    valid = false;
  } else {
    CheckOds(practice, "practice", line, errors, valid);
  }

  const std::string_view postcode = file.Field(fields, kPostcode);
  if (!postcode.empty() && !IsCleanUtf8(postcode)) {
    errors.Add(line, "postcode", {"is not clean UTF-8 text"});
    valid = false;
  }

  patient.death_day = CheckPersonalDay(file.Field(fields, kDeathDate), "death_date",
                                       context.today_day, line, errors, valid);
  if (patient.death_day && birth_day && *patient.death_day < *birth_day) {
    errors.Add(line, "death_date", {"is before birth_date"});
    valid = false;
  }

  const std::string_view care_home = file.Field(fields, kCareHome);
  if (!care_home.empty()) {
    CheckOds(care_home, "care_home", line, errors, valid);
  }

  for (const auto& [column, name] :
       {std::pair{kGivenName, "given_name"}, std::pair{kFamilyName, "family_name"}}) {
    const std::string_view text = file.Field(fields, column);
    if (!text.empty() && (!IsCleanUtf8(text) || text.front() == ' ' || text.back() == ' ')) {
      errors.Add(line, name, {"is not clean UTF-8 text without leading or trailing spaces"});
      valid = false;
    }
  }

  if (!indexable) {
    return;
  }
  const auto [it, added] = index_.try_emplace(
      id, PatientRef{kRefusedPatient, birth_day.value_or(kUnknownBirthDay), line});
  if (!added) {
    errors.Add(line, "patient_id", {"duplicate of line ", std::to_string(it->second.line)});
    return;
  }
  if (!valid) {
    return;
  }
  if (patients_.size() >= kRefusedPatient) {
    errors.Add(line, "", {"too many patients"});
    return;
  }
  it->second.patient = static_cast<std::uint32_t>(patients_.size());
  patient.patient_id = std::string(id);
  patient.practice = std::string(practice);
  patient.postcode = Optional(postcode);
  patient.care_home = Optional(care_home);
  patient.given_name = Optional(file.Field(fields, kGivenName));
  patient.family_name = Optional(file.Field(fields, kFamilyName));
  patients_.push_back(std::move(patient));
}

}  // namespace lcn::extract
