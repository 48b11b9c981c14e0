#pragma once

namespace Tepat {

// The two databases a workspace can live in: a .tepat file (SQLite) or a shared server
// (PostgreSQL). The logical schema is one; each dialect spells it its own way.
enum class SqlDialect { Sqlite, Postgres };

} // namespace Tepat
