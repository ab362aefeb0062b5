// SPDX-License-Identifier: Apache-2.0
#include "extract/write_extract.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>
#include <string_view>
#include <system_error>
#include <vector>

#include <unistd.h>

#include "core/error.hpp"
#include "extract/day.hpp"

namespace lcn::extract {
namespace {

namespace fs = std::filesystem;

// A day written as YYYY-MM-DD (an int32 alone would be written as a number).
struct DayCell {
  std::int32_t day;
};

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};

// Appends CSV text to a large buffer and writes it out in big blocks.
class CsvFileWriter {
 public:
  explicit CsvFileWriter(const fs::path& path) : path_(path) {
    file_.reset(std::fopen(path.c_str(), "wb"));
    if (!file_) {
      Fail();
    }
    buffer_.reserve(kBlock + 4096);
  }

  void Text(std::string_view text) { buffer_.append(text); }

  // One row: the cells separated by commas, then a line end.
  template <typename... Cells>
  void Row(const Cells&... cells) {
    bool first = true;
    ((first ? void(first = false) : buffer_.push_back(','), Put(cells)), ...);
    buffer_.push_back('\n');
    if (buffer_.size() >= kBlock) {
      Flush();
    }
  }

  void Close() {
    Flush();
    if (std::fclose(file_.release()) != 0) {
      Fail();
    }
  }

 private:
  static constexpr std::size_t kBlock = std::size_t{4} << 20;

  // Text, quoted when it holds a comma or a quote (doubled inside the quotes).
  void Put(std::string_view text) {
    if (text.find_first_of(",\"") == std::string_view::npos) {
      buffer_.append(text);
      return;
    }
    buffer_.push_back('"');
    for (const char c : text) {
      if (c == '"') {
        buffer_.push_back('"');
      }
      buffer_.push_back(c);
    }
    buffer_.push_back('"');
  }

  void Put(const std::string& text) { Put(std::string_view(text)); }

  void Put(std::int64_t value) {
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof(digits), value);
    buffer_.append(digits, result.ptr);
  }

  void Put(DayCell cell) {
    const Date date = DateFromDays(cell.day);
    char text[10] = {'0', '0', '0', '0', '-', '0', '0', '-', '0', '0'};
    Digits(text, 4, date.year);
    Digits(text + 5, 2, date.month);
    Digits(text + 8, 2, date.day);
    buffer_.append(text, sizeof(text));
  }

  // An optional day: empty when absent.
  void Put(const std::optional<std::int32_t>& day) {
    if (day) {
      Put(DayCell{*day});
    }
  }

  // The shortest fixed-point text that reads back to the same float; nothing for NaN.
  void Put(float value) {
    if (std::isnan(value)) {
      return;
    }
    char digits[64];
    const auto result =
        std::to_chars(digits, digits + sizeof(digits), value, std::chars_format::fixed);
    LCN_CHECK(result.ec == std::errc());
    buffer_.append(digits, result.ptr);
  }

  static void Digits(char* out, int width, int value) {
    for (int i = width - 1; i >= 0; --i) {
      out[i] = static_cast<char>('0' + value % 10);
      value /= 10;
    }
  }

  void Flush() {
    if (!buffer_.empty() &&
        std::fwrite(buffer_.data(), 1, buffer_.size(), file_.get()) != buffer_.size()) {
      Fail();
    }
    buffer_.clear();
  }

  [[noreturn]] void Fail() const {
    throw Error(ErrorCode::kUnavailable, "cannot write the extract file " + path_.string());
  }

  fs::path path_;
  std::unique_ptr<std::FILE, FileCloser> file_;
  std::string buffer_;
};

void WritePatients(const Extract& x, CsvFileWriter& out) {
  out.Text(
      "patient_id,nhs_number,birth_date,sex,practice,postcode,death_date,care_home,given_name,"
      "family_name\n");
  for (const auto& p : x.patients) {
    out.Row(p.patient_id, p.nhs_number.value_or(""), DayCell{p.birth_day}, domain::SexName(p.sex),
            p.practice, p.postcode.value_or(""), p.death_day, p.care_home.value_or(""),
            p.given_name.value_or(""), p.family_name.value_or(""));
  }
}

void WriteEvents(const Extract& x, CsvFileWriter& out) {
  out.Text("patient_id,code,date,value\n");
  for (const auto& e : x.events) {
    out.Row(x.patients[e.patient].patient_id, e.code, DayCell{e.day}, e.value);
  }
}

void WriteMedications(const Extract& x, CsvFileWriter& out) {
  out.Text("patient_id,code,date\n");
  for (const auto& m : x.medications) {
    out.Row(x.patients[m.patient].patient_id, m.code, DayCell{m.day});
  }
}

void WriteEncounters(const Extract& x, CsvFileWriter& out) {
  out.Text("patient_id,type,start_date,end_date\n");
  for (const auto& c : x.encounters) {
    out.Row(x.patients[c.patient].patient_id, EncounterTypeName(c.type), DayCell{c.start_day},
            c.end_day);
  }
}

// Removes the temporary files unless Release() was called.
class TemporaryFiles {
 public:
  ~TemporaryFiles() {
    for (const auto& path : paths_) {
      std::error_code ignored;
      fs::remove(path, ignored);
    }
  }

  fs::path Add(const fs::path& path) {
    paths_.push_back(path);
    return path;
  }

  void Release() { paths_.clear(); }

 private:
  std::vector<fs::path> paths_;
};

}  // namespace

void WriteExtract(const Extract& extract, const std::string& dir) {
  const fs::path folder(dir);
  std::error_code ec;
  fs::create_directories(folder, ec);
  if (ec) {
    throw Error(ErrorCode::kUnavailable, "cannot create the extract folder " + dir);
  }
  using Writer = void (*)(const Extract&, CsvFileWriter&);

  struct File {
    const char* name;
    Writer write;
  };

  const File files[] = {{"patients.csv", WritePatients},
                        {"events.csv", WriteEvents},
                        {"medications.csv", WriteMedications},
                        {"encounters.csv", WriteEncounters}};
  const std::string suffix = ".partial-" + std::to_string(::getpid());
  TemporaryFiles temporary;
  for (const auto& file : files) {
    CsvFileWriter out(temporary.Add(folder / (std::string(file.name) + suffix)));
    file.write(extract, out);
    out.Close();
  }
  for (const auto& file : files) {
    fs::rename(folder / (std::string(file.name) + suffix), folder / file.name, ec);
    if (ec) {
      throw Error(ErrorCode::kUnavailable,
                  "cannot move the extract file into place: " + (folder / file.name).string());
    }
  }
  temporary.Release();
}

}  // namespace lcn::extract
