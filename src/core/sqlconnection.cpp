#include "sqlconnection.h"

#include <QAtomicInteger>
#include <QSqlError>

namespace civic {

namespace {
QAtomicInteger<int> s_counter;
}

SqlConnection::SqlConnection(const QString &path, Mode mode)
    : m_name(QStringLiteral("civic-%1").arg(s_counter.fetchAndAddRelaxed(1)))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    if (mode == Mode::ReadOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    db.open();
}

SqlConnection::~SqlConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool SqlConnection::isOpen() const
{
    return database().isOpen();
}

QString SqlConnection::errorString() const
{
    return database().lastError().text();
}

QSqlDatabase SqlConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

} // namespace civic
