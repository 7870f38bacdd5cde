#include "keyfiles.h"

#include "password.h"

#include <QFile>
#include <QSaveFile>

std::optional<QByteArray> readSmallFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return file.read(64 * 1024);  // keys, signatures and indexes are small
}

bool writeFile(const QString &path, const QByteArray &contents, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size() || !file.commit()) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

std::optional<civic::minisign::SecretKey> loadSecretKey(const QString &path, QString *error, bool *unreadable)
{
    const auto text = readSmallFile(path, error);
    if (unreadable)
        *unreadable = !text;
    if (!text)
        return std::nullopt;
    QByteArray password;
    if (civic::minisign::secretKeyIsEncrypted(*text))
        password = readPassword(QStringLiteral("Password for %1").arg(path));
    QString why;
    const auto key = civic::minisign::parseSecretKey(*text, password, &why);
    if (!key)
        *error = QStringLiteral("%1: %2").arg(path, why);
    return key;
}

bool signFile(const civic::minisign::SecretKey &key, const QString &path, const QString &trustedComment, QString *error,
              const QString &signaturePath)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    const auto signature = civic::minisign::sign(key, file, trustedComment);
    if (!signature) {
        *error = QStringLiteral("%1: cannot be read").arg(path);
        return false;
    }
    return writeFile(signaturePath.isEmpty() ? path + QStringLiteral(".minisig") : signaturePath, signature->fileText(), error);
}
