#pragma once

#include "packcontent.h"

#include <QString>

namespace civic {

/// Writes checked pack content into a new SQLite content database.
class ContentDbWriter
{
public:
    /// Writes `pack` to `path` (which must not exist yet) in one transaction. Returns an empty
    /// string on success, otherwise what went wrong.
    static QString write(const PackContent &pack, const QString &path);
};

} // namespace civic
