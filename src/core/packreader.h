#pragma once

#include "objectreader.h"
#include "packcontent.h"

#include <optional>

namespace civic {

/// Reads and checks a pack source folder (docs/pack-format.md). Every problem is collected, so
/// staff see all of them at once instead of one per attempt.
class PackReader
{
public:
    explicit PackReader(const QString &packDir);

    /// The content, or nothing when there were errors (see issues()).
    std::optional<PackContent> read();

    const PackIssues &issues() const { return m_context.issues; }

    /// Per language: how many texts exist in it out of how many could.
    const QMap<QString, ReadContext::Coverage> &coverage() const { return m_context.coverage; }

private:
    std::optional<QJsonValue> loadJson(const QString &file, bool required);
    QList<QJsonObject> loadItems(const QString &file, bool required = true);
    QList<std::pair<QString, QJsonObject>> loadFolder(const QString &folder);

    void readMeta(PackContent &pack);
    void readAttract(ObjectReader &meta, const QJsonObject &source, PackContent &pack);
    void readSections(PackContent &pack);
    void readTips(PackContent &pack);
    void readProjects(PackContent &pack);
    void readContacts(PackContent &pack);
    void readDistricts(PackContent &pack);
    void readPages(PackContent &pack);
    void readNotices(PackContent &pack);
    void readValidity(ObjectReader &reader, const QString &file, QDate &validFrom, QDate &validUntil);
    QString readSignVideo(ObjectReader &reader);
    void checkReferences(const PackContent &pack);
    void checkFileName(const QString &file, const QString &id);

    ReadContext m_context;
};

} // namespace civic
