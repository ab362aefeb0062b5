// SPDX-License-Identifier: Apache-2.0
//
// PgConnection owns one libpq connection and its prepared-statement cache, and translates libpq
// failures into lcn::Error (SQLSTATE -> ErrorCode, messages without parameter values). Internal
// to sql/postgres, the only code that includes libpq-fe.h; nothing here may appear in a header
// outside this folder. Thread-compatible: the pool leases a connection to one transaction, and
// so to one thread, at a time.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <libpq-fe.h>

#include "sql/value.hpp"

namespace lcn::sql::pg {

struct ResultDeleter {
  void operator()(PGresult* result) const noexcept { PQclear(result); }
};

using ResultPtr = std::unique_ptr<PGresult, ResultDeleter>;

struct ConnDeleter {
  void operator()(PGconn* conn) const noexcept { PQfinish(conn); }
};

using ConnPtr = std::unique_ptr<PGconn, ConnDeleter>;

// Throws the lcn::Error for a failed `result` on `conn` (either may be null): SQLSTATE
// 40001/40P01 -> kSerializationFailure, 23505 -> kConflict, other class 23 -> kBadRequest,
// class 08 or a broken connection -> kUnavailable, anything else -> kInternal. The message is
// `what`, the server's primary message (never its DETAIL, which can quote row values; class 22
// messages, which can quote the offending input, are replaced by a generic text) and the SQLSTATE.
[[noreturn]] void ThrowResultError(const PGresult* result, PGconn* conn, std::string_view what);

class PgConnection {
 public:
  // Connects to the libpq connection URI `url`, with client encoding UTF8 and NOTICE messages
  // discarded. Throws Error(kUnavailable) when the server cannot be reached; the message never
  // contains the URL (it may hold a password).
  explicit PgConnection(const std::string& url);

  PgConnection(const PgConnection&) = delete;
  PgConnection& operator=(const PgConnection&) = delete;

  // Runs `sql` over the simple query protocol; it may hold several statements and dollar-quoted
  // bodies. Returns the last statement's result. Throws lcn::Error (see ThrowResultError).
  ResultPtr Exec(std::string_view sql, std::string_view what);

  // Runs `sql`, written with ${name} placeholders, as a prepared statement: prepared once per
  // connection (cached by SQL text, parameter types inferred by the server) and executed with
  // text parameters (int64 -> decimal, double -> shortest round-trip text, std::monostate ->
  // NULL). Returns the successful result. Throws Error(kInternal) for a placeholder without a
  // value, Error(kBadRequest) for text containing a NUL byte, and lcn::Error for server errors.
  ResultPtr ExecPrepared(std::string_view sql, const Params& params);

  // Streams `rows` into `table` (`columns`) with COPY ... FROM STDIN in text format: NULL as
  // \N, text escaped, blobs as \x hex. Throws like ExecPrepared (kBadRequest for text with a
  // NUL byte; the server's constraint errors once the copy ends).
  void CopyIn(std::string_view table, const std::vector<std::string>& columns,
              const std::vector<std::vector<Value>>& rows);

  // Makes the connection ready for the next transaction: rolls back any open transaction.
  // Returns false when the connection is broken or could not be cleaned and must be discarded.
  bool ResetForReuse() noexcept;

  PGconn* Handle() const { return conn_.get(); }

 private:
  struct Statement {
    std::string name;                // server-side prepared statement name
    std::vector<std::string> names;  // names[i] binds $i+1
  };

  const Statement& Prepare(std::string_view sql);

  ConnPtr conn_;
  std::unordered_map<std::string, Statement> statements_;
  std::uint64_t next_statement_id_ = 0;
};

}  // namespace lcn::sql::pg
