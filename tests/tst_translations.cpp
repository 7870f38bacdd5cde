// Every string the program shows through qsTr has a translation in each language's .ts file,
// and the .ts files hold nothing that the sources no longer use.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QString translation;
    QString type;
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            message = {context, {}, {}, {}};
        } else if (xml.name() == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            message.translation = xml.readElementText();
            messages.append(message);
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

QString key(const Message &message)
{
    return message.context + QStringLiteral(" / ") + message.source;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    QSet<QString> m_used;

private slots:
    void initTestCase()
    {
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));
        QProcess lupdate;
        lupdate.start(QStringLiteral(CIVIC_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral(CIVIC_SOURCE_DIR "/qml"), QStringLiteral(CIVIC_SOURCE_DIR "/src/ui"),
                       QStringLiteral("-ts"), fresh});
        QVERIFY(lupdate.waitForFinished(60000));
        QCOMPARE(lupdate.exitCode(), 0);
        for (const Message &message : readTs(fresh))
            m_used.insert(key(message));
        QVERIFY2(m_used.size() >= 20, "lupdate found too few strings: is it reading the QML files?");
    }

    void everyStringIsTranslated_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = QDir(QStringLiteral(CIVIC_SOURCE_DIR "/i18n")).entryList({QStringLiteral("*.ts")});
        QCOMPARE(files.size(), 6);
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << QStringLiteral(CIVIC_SOURCE_DIR "/i18n/") + file;
    }

    void everyStringIsTranslated()
    {
        QFETCH(QString, file);
        QSet<QString> translated;
        for (const Message &message : readTs(file)) {
            QVERIFY2(m_used.contains(key(message)), qPrintable(QStringLiteral("no longer used: ") + key(message)));
            QVERIFY2(message.type.isEmpty() && !message.translation.trimmed().isEmpty(),
                     qPrintable(QStringLiteral("not translated: ") + key(message)));
            translated.insert(key(message));
        }
        for (const QString &used : std::as_const(m_used))
            QVERIFY2(translated.contains(used), qPrintable(QStringLiteral("missing: ") + used));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
