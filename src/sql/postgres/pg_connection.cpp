// SPDX-License-Identifier: Apache-2.0
//
// One libpq connection: connect, simple and prepared execution with text parameters, the
// per-connection statement cache, clean-up for reuse, and SQLSTATE -> ErrorCode translation.
#include "sql/postgres/pg_connection.hpp"

#include <array>
#include <charconv>
#include <system_error>
#include <variant>

#include "core/error.hpp"
#include "sql/query_text.hpp"

namespace lcn::sql::pg {
namespace {

void DiscardNotice(void* /*arg*/, const char* /*message*/) {}

// The first line of a libpq message, without the trailing newline. libpq's own (client-side)
// messages describe the connection, never row values.
std::string FirstLine(const char* message) {
  if (message == nullptr) {
    return "unknown error";
  }
  std::string line(message);
  const std::size_t end = line.find('\n');
  if (end != std::string::npos) {
    line.resize(end);
  }
  return line.empty() ? "unknown error" : line;
}

ErrorCode CodeForSqlState(std::string_view state) {
  if (state == "40001" || state == "40P01") {
    return ErrorCode::kSerializationFailure;
  }
  if (state == "23505") {
    return ErrorCode::kConflict;
  }
  if (state.substr(0, 2) == "23") {
    return ErrorCode::kBadRequest;
  }
  if (state.substr(0, 2) == "08") {
    return ErrorCode::kUnavailable;
  }
  return ErrorCode::kInternal;
}

const Value& FindParam(const Params& params, const std::string& name) {
  for (const auto& [key, value] : params) {
    if (key == name) {
      return value;
    }
  }
  throw Error(ErrorCode::kInternal, "no value bound for ${" + name + "}");
}

// Text form of one parameter; `is_null` is set for std::monostate.
std::string ParamText(const Value& value, const std::string& name, bool& is_null) {
  is_null = false;
  if (std::holds_alternative<std::monostate>(value)) {
    is_null = true;
    return {};
  }
  if (const auto* n = std::get_if<std::int64_t>(&value)) {
    return std::to_string(*n);
  }
  if (const auto* d = std::get_if<double>(&value)) {
    // Shortest text that reads back as the same double (like "%.17g", but locale-independent).
    std::array<char, 64> buffer{};
    const auto [end, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), *d);
    LCN_CHECK(ec == std::errc());
    return std::string(buffer.data(), end);
  }
  if (const auto* b = std::get_if<Blob>(&value)) {
    return b->bytes;  // sent in binary format, so any byte is allowed
  }
  const auto& text = std::get<std::string>(value);
  if (text.find('\0') != std::string::npos) {
    throw Error(ErrorCode::kBadRequest,
                "text for ${" + name + "} contains a NUL character, which PostgreSQL cannot store");
  }
  return text;
}

}  // namespace

void ThrowResultError(const PGresult* result, PGconn* conn, std::string_view what) {
  const std::string prefix = std::string(what) + ": ";
  const bool broken = conn != nullptr && PQstatus(conn) == CONNECTION_BAD;
  const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  if (state == nullptr) {
    // No server error: the connection failed, or libpq itself refused (e.g. out of memory).
    const char* message = result ? PQresultErrorMessage(result) : nullptr;
    if ((message == nullptr || *message == '\0') && conn != nullptr) {
      message = PQerrorMessage(conn);
    }
    throw Error(broken ? ErrorCode::kUnavailable : ErrorCode::kInternal,
                prefix + (broken ? "connection to PostgreSQL lost: " : "") + FirstLine(message));
  }
  const std::string_view sqlstate(state);
  std::string message;
  if (sqlstate.substr(0, 2) == "22") {
    // Data exceptions quote the offending input ('invalid input syntax for type bigint: "..."').
    message = "invalid data value";
  } else {
    message = FirstLine(PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY));
  }
  message = prefix + message + " (SQLSTATE " + std::string(sqlstate) + ")";
  throw Error(broken ? ErrorCode::kUnavailable : CodeForSqlState(sqlstate), message);
}

PgConnection::PgConnection(const std::string& url) : conn_(PQconnectdb(url.c_str())) {
  if (!conn_) {
    throw Error(ErrorCode::kUnavailable, "cannot connect to PostgreSQL: out of memory");
  }
  if (PQstatus(conn_.get()) != CONNECTION_OK) {
    throw Error(ErrorCode::kUnavailable,
                "cannot connect to PostgreSQL: " + FirstLine(PQerrorMessage(conn_.get())));
  }
  PQsetNoticeProcessor(conn_.get(), &DiscardNotice, nullptr);
  if (PQsetClientEncoding(conn_.get(), "UTF8") != 0) {
    throw Error(ErrorCode::kUnavailable, "cannot set PostgreSQL client encoding to UTF8: " +
                                             FirstLine(PQerrorMessage(conn_.get())));
  }
}

ResultPtr PgConnection::Exec(std::string_view sql, std::string_view what) {
  const std::string text(sql);
  ResultPtr result(PQexec(conn_.get(), text.c_str()));
  const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && status != PGRES_EMPTY_QUERY) {
    ThrowResultError(result.get(), conn_.get(), what);
  }
  return result;
}

const PgConnection::Statement& PgConnection::Prepare(std::string_view sql) {
  std::string key(sql);
  auto it = statements_.find(key);
  if (it != statements_.end()) {
    return it->second;
  }
  RewrittenQuery query = RewritePlaceholders(sql, '$');
  Statement statement{"lcn_" + std::to_string(next_statement_id_++), std::move(query.names)};
  ResultPtr result(PQprepare(conn_.get(), statement.name.c_str(), query.text.c_str(),
                             static_cast<int>(statement.names.size()), nullptr));
  if (!result || PQresultStatus(result.get()) != PGRES_COMMAND_OK) {
    ThrowResultError(result.get(), conn_.get(), "PostgreSQL prepare failed");
  }
  return statements_.emplace(std::move(key), std::move(statement)).first->second;
}

ResultPtr PgConnection::ExecPrepared(std::string_view sql, const Params& params) {
  const Statement& statement = Prepare(sql);
  const std::size_t count = statement.names.size();
  std::vector<std::string> texts(count);
  std::vector<const char*> values(count, nullptr);
  std::vector<int> lengths(count, 0);
  std::vector<int> formats(count, 0);  // 0 text, 1 binary (blobs)
  for (std::size_t i = 0; i < count; ++i) {
    bool is_null = false;
    const Value& value = FindParam(params, statement.names[i]);
    texts[i] = ParamText(value, statement.names[i], is_null);
    values[i] = is_null ? nullptr : texts[i].c_str();
    lengths[i] = static_cast<int>(texts[i].size());
    formats[i] = std::holds_alternative<Blob>(value) ? 1 : 0;
  }
  ResultPtr result(PQexecPrepared(conn_.get(), statement.name.c_str(), static_cast<int>(count),
                                  values.data(), lengths.data(), formats.data(), 0));
  const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
    ThrowResultError(result.get(), conn_.get(), "PostgreSQL statement failed");
  }
  return result;
}

namespace {

// Appends `value` in COPY text format.
void AppendCopyField(std::string& out, const Value& value, const std::string& column) {
  static constexpr char kHex[] = "0123456789abcdef";
  if (const auto* b = std::get_if<Blob>(&value)) {
    out += "\\\\x";  // the bytea hex prefix \x, its backslash escaped for COPY
    for (const char c : b->bytes) {
      const auto byte = static_cast<unsigned char>(c);
      out += kHex[byte >> 4];
      out += kHex[byte & 0xF];
    }
    return;
  }
  bool is_null = false;
  const std::string text = ParamText(value, column, is_null);
  if (is_null) {
    out += "\\N";
    return;
  }
  for (const char c : text) {
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        out += c;
    }
  }
}

}  // namespace

void PgConnection::CopyIn(std::string_view table, const std::vector<std::string>& columns,
                          const std::vector<std::vector<Value>>& rows) {
  std::string sql = "COPY " + std::string(table) + " (";
  for (std::size_t c = 0; c < columns.size(); ++c) {
    sql += (c ? ", " : "") + columns[c];
  }
  sql += ") FROM STDIN";
  {
    const std::string text = sql;
    ResultPtr start(PQexec(conn_.get(), text.c_str()));
    if (!start || PQresultStatus(start.get()) != PGRES_COPY_IN) {
      ThrowResultError(start.get(), conn_.get(), "PostgreSQL COPY failed to start");
    }
  }
  constexpr std::size_t kChunk = 1 << 20;
  std::string buffer;
  std::string failure;
  try {
    for (const auto& row : rows) {
      LCN_CHECK(row.size() == columns.size());
      for (std::size_t c = 0; c < row.size(); ++c) {
        if (c > 0) {
          buffer += '\t';
        }
        AppendCopyField(buffer, row[c], columns[c]);
      }
      buffer += '\n';
      if (buffer.size() >= kChunk) {
        if (PQputCopyData(conn_.get(), buffer.data(), static_cast<int>(buffer.size())) != 1) {
          break;  // the error is collected below
        }
        buffer.clear();
      }
    }
  } catch (const Error& e) {
    failure = e.what();
  }
  if (failure.empty() && !buffer.empty()) {
    (void)PQputCopyData(conn_.get(), buffer.data(), static_cast<int>(buffer.size()));
  }
  (void)PQputCopyEnd(conn_.get(), failure.empty() ? nullptr : "LCN stopped the copy");
  ResultPtr result(PQgetResult(conn_.get()));
  while (PGresult* extra = PQgetResult(conn_.get())) {
    PQclear(extra);
  }
  if (!failure.empty()) {
    throw Error(ErrorCode::kBadRequest, failure);
  }
  if (!result || PQresultStatus(result.get()) != PGRES_COMMAND_OK) {
    ThrowResultError(result.get(), conn_.get(), "PostgreSQL COPY failed");
  }
}

bool PgConnection::ResetForReuse() noexcept {
  if (PQstatus(conn_.get()) != CONNECTION_OK) {
    return false;
  }
  switch (PQtransactionStatus(conn_.get())) {
    case PQTRANS_IDLE:
      return true;
    case PQTRANS_INTRANS:
    case PQTRANS_INERROR: {
      const ResultPtr result(PQexec(conn_.get(), "ROLLBACK"));
      return result && PQresultStatus(result.get()) == PGRES_COMMAND_OK &&
             PQtransactionStatus(conn_.get()) == PQTRANS_IDLE;
    }
    case PQTRANS_ACTIVE:
    case PQTRANS_UNKNOWN:
      return false;
  }
  return false;
}

}  // namespace lcn::sql::pg
