#pragma once

#include <QSqlDatabase>
#include <QString>

namespace civic {

/// Owns one named QSqlDatabase connection and removes it when done, so that many stores and
/// writers can live side by side (tests open several packs in one process).
class SqlConnection
{
public:
    enum class Mode { ReadOnly, ReadWrite };

    SqlConnection(const QString &path, Mode mode);
    ~SqlConnection();
    SqlConnection(const SqlConnection &) = delete;
    SqlConnection &operator=(const SqlConnection &) = delete;

    bool isOpen() const;
    QString errorString() const;
    QSqlDatabase database() const;

private:
    QString m_name;
};

} // namespace civic
