#pragma once

// The pack content targets share one thing: a small valid pack in which the input takes the place
// of one file, imported as the kiosk imports a pack after installing it. PackReader reads only
// folders, so the input is written into one; the folder is made once per run, not per input.

#include "fuzzsupport.h"

#include "objectreader.h"
#include "packimporter.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace civic::fuzz {

class FuzzPack
{
public:
    /// A copy of tests/data/minimal-pack. With an `itemFolder` (tips, projects, pages) that folder
    /// starts empty, so that the input is its only item and no other file of it hides a problem.
    explicit FuzzPack(const QString &itemFolder = {}) : m_itemFolder(itemFolder)
    {
        if (!m_pack.isValid() || !m_output.isValid())
            qFatal("fuzz: cannot make a temporary folder");
        const QString source = QStringLiteral(CIVIC_FUZZ_PACK_DIR);
        QDirIterator it(source, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString from = it.next();
            const QString relative = QDir(source).relativeFilePath(from);
            if (!m_itemFolder.isEmpty() && relative.startsWith(m_itemFolder + u'/'))
                continue;
            const QString to = m_pack.filePath(relative);
            QDir().mkpath(QFileInfo(to).absolutePath());
            if (!QFile::copy(from, to))
                qFatal("fuzz: cannot copy %s", qPrintable(from));
        }
        if (!m_itemFolder.isEmpty())
            QDir().mkpath(m_pack.filePath(m_itemFolder));
    }

    /// Puts `bytes` in the place of `file` (e.g. "sections.json") and imports the pack.
    void importWith(const QString &file, const QByteArray &bytes)
    {
        write(file, bytes);
        import();
    }

    /// Puts `bytes` into the item folder as its only item and imports the pack. The file is named
    /// after the ID it holds, as staff must name it: otherwise every input would stop at the
    /// file-name check and never reach the content database.
    void importItem(const QByteArray &bytes)
    {
        const QString id = QJsonDocument::fromJson(bytes).object().value(QStringLiteral("id")).toString();
        // Only a valid ID becomes a file name: anything else could name a path outside the folder.
        const QString file = m_itemFolder + u'/' + (ObjectReader::isValidId(id) ? id : QStringLiteral("fuzz"))
                             + QStringLiteral(".json");
        if (!m_lastItem.isEmpty() && m_lastItem != file)
            QFile::remove(m_pack.filePath(m_lastItem));
        m_lastItem = file;
        importWith(file, bytes);
    }

private:
    void write(const QString &file, const QByteArray &bytes)
    {
        QFile out(m_pack.filePath(file));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(bytes) != bytes.size())
            qFatal("fuzz: cannot write %s", qPrintable(out.fileName()));
    }

    /// What PackStore::activate does with an unpacked pack: check everything, and for a valid pack
    /// write the content database (SQLite, with its search index).
    void import()
    {
        PackImporter::importDatabase(m_pack.path(), m_output.filePath(QLatin1String(PackImporter::kDatabaseName)));
    }

    QTemporaryDir m_pack;
    QTemporaryDir m_output;
    QString m_itemFolder;
    QString m_lastItem;
};

} // namespace civic::fuzz
