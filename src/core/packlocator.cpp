#include "packlocator.h"

#include "packimporter.h"

#include <QDir>
#include <QFileInfo>

namespace civic {

QString PackLocator::builtInPackDir(const QString &applicationDir, const QString &name)
{
    return QDir::cleanPath(applicationDir + QStringLiteral("/../share/civic-kiosk/packs/") + name);
}

bool PackLocator::open(const QString &packDir, ContentStore &store, QString *error)
{
    const QDir dir(packDir);
    const QString database = dir.filePath(QLatin1String(PackImporter::kDatabaseName));
    if (QFileInfo(database).isFile()) {
        if (store.open(database, dir.absolutePath()))
            return true;
        *error = store.errorString();
        return false;
    }
    if (!QFileInfo(dir.filePath(QStringLiteral("pack.json"))).isFile()) {
        *error = QStringLiteral("%1: no pack here (neither content.db nor pack.json)").arg(packDir);
        return false;
    }
    // The previous temporary database stays until the store has let go of it.
    auto imported = std::make_unique<QTemporaryDir>();
    const QString temporaryDatabase = imported->filePath(QLatin1String(PackImporter::kDatabaseName));
    const ImportReport report = PackImporter::importDatabase(packDir, temporaryDatabase);
    if (!report.ok()) {
        *error = report.summary();
        return false;
    }
    if (!store.open(temporaryDatabase, dir.absolutePath())) {
        *error = store.errorString();
        return false;
    }
    m_imported = std::move(imported);
    return true;
}

} // namespace civic
