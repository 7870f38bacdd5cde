#pragma once

#include "objectreader.h"
#include "packcontent.h"

#include <optional>

namespace civic {

/// The outcome of checking or importing a pack source.
struct ImportReport {
    PackIssues issues;
    QMap<QString, ReadContext::Coverage> coverage;
    std::optional<PackMeta> meta;  ///< set when the source had no errors

    bool ok() const { return meta.has_value() && !hasErrors(issues); }
    /// Every issue on its own line, errors first.
    QString summary() const;
};

/// Turns a pack source into what the kiosk opens: the content database, and the pack's files.
class PackImporter
{
public:
    /// Only checks the source folder.
    static ImportReport validate(const QString &sourceDir);

    /// Checks the source and writes its content database to `databasePath`, replacing an older one
    /// only once the new one is complete.
    static ImportReport importDatabase(const QString &sourceDir, const QString &databasePath);

    /// Checks the source and lays out a ready pack in `targetDir`: the source files plus
    /// `content.db`. The old folder is replaced only once the new one is complete.
    static ImportReport compile(const QString &sourceDir, const QString &targetDir);

    static constexpr const char *kDatabaseName = "content.db";
};

} // namespace civic
