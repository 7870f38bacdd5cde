// Read-aloud: what it reads from a page, and that no speech engine, missing or stuck, ever
// holds up the screen.
#include "readaloud.h"

#include <QElapsedTimer>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QSignalSpy>
#include <QTest>

class TestReadAloud : public QObject
{
    Q_OBJECT

    QQmlEngine m_engine;

    std::unique_ptr<QQuickItem> page()
    {
        QQmlComponent component(&m_engine);
        // Plain literals: moc does not understand raw strings.
        component.setData(
                          "import QtQuick\n"
                          "Item {\n"
                          "    width: 400; height: 800\n"
                          "    Text { y: 200; text: \"Second, lower on the page\" }\n"
                          "    Text { y: 10; text: \"A title\" }\n"
                          "    Text { y: 300; visible: false; text: \"Hidden\" }\n"
                          "    Text { y: 400; textFormat: Text.MarkdownText; text: \"Lock **twice**, [not](https://example.org) once.\" }\n"
                          "    Item { y: 500; Text { text: \"Inside   a   box\" } }\n"
                          "}\n",
                          QUrl());
        auto *item = qobject_cast<QQuickItem *>(component.create());
        if (!item)
            qFatal("%s", qPrintable(component.errorString()));
        return std::unique_ptr<QQuickItem>(item);
    }

private slots:
    void readsVisibleTextsTopToBottom()
    {
        const auto root = page();
        QCOMPARE(ReadAloud::pageText(root.get()),
                 QStringLiteral("A title.\nSecond, lower on the page.\nLock twice, not once.\nInside a box."));
    }

    void withoutAnEngineThereIsNoButton()
    {
        ReadAloud readAloud({QStringLiteral("no-such-engine")});
        readAloud.start();
        QTest::qWait(300);
        QVERIFY(readAloud.languages().isEmpty());
        QVERIFY(!readAloud.hasVoiceFor(QStringLiteral("de")));
        const auto root = page();
        readAloud.read(root.get(), QStringLiteral("de"));  // nothing to read with: nothing happens
        QVERIFY(!readAloud.isSpeaking());
    }

    void aStuckEngineDoesNotHoldUpTheScreen()
    {
        ReadAloud readAloud({QStringLiteral("flite")});
        readAloud.start();
        // The speech thread is stuck, as speech-dispatcher's start-up can be.
        QObject blocker;
        blocker.moveToThread(readAloud.speechThread());
        QMetaObject::invokeMethod(&blocker, [] { QThread::msleep(1500); }, Qt::QueuedConnection);
        QTest::qWait(50);
        const auto root = page();
        QElapsedTimer timer;
        timer.start();
        readAloud.read(root.get(), QStringLiteral("en"));
        readAloud.stop();
        QVERIFY2(timer.elapsed() < 50, qPrintable(QString::number(timer.elapsed())));
        QTest::qWait(1600);  // let the blocker finish before it is destroyed
    }
};

QTEST_MAIN(TestReadAloud)
#include "tst_readaloud.moc"
