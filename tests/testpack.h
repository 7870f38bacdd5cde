#pragma once

#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>

/// A copy of tests/data/minimal-pack in a temporary folder, to break one thing at a time.
class TestPack
{
public:
    TestPack();

    QString dir() const { return m_dir.path(); }
    QString path(const QString &relative) const { return m_dir.filePath(relative); }

    QJsonObject readObject(const QString &relative) const;
    void writeObject(const QString &relative, const QJsonObject &object) const;
    void writeText(const QString &relative, const QByteArray &text) const;
    /// Copies a file into the pack, e.g. a clip of tests/data/media to "media/attract.mp4".
    void copyFile(const QString &from, const QString &relative) const;

    /// Compiles the pack into `target` (a fresh folder by default) and returns the content.db path.
    QString compile(const QString &target = {});

    static QString sourceDir();

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_output;
};
