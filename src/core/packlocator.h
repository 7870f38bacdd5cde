#pragma once

#include "contentstore.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace civic {

/// Finds and opens the pack the kiosk shows: an installed pack folder (with content.db) or, for
/// staff previews, a pack source folder that is imported into a temporary database first.
class PackLocator
{
public:
    /// The pack built into the program: share/civic-kiosk/packs/NAME beside the bin/ folder of
    /// `applicationDir`, the same in the build tree and in the install tree.
    static QString builtInPackDir(const QString &applicationDir, const QString &name = QStringLiteral("stuttgart"));

    /// Opens the pack in `packDir` into `store`. On failure returns false with the reason in
    /// `error`, every problem on its own line.
    bool open(const QString &packDir, ContentStore &store, QString *error);

private:
    std::unique_ptr<QTemporaryDir> m_imported;
};

} // namespace civic
