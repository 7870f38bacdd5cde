#pragma once

#include <QLocale>
#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QThread>

class QQuickItem;
class QTextToSpeech;

/// Lives in the speech thread: the engine, which may take seconds to start or hang outright
/// (speech-dispatcher's spd_open(), QT-ON-DEBIAN.md), never holds up the screen.
class SpeechWorker : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

public slots:
    void start(const QStringList &engines);
    void say(const QString &text, const QString &language);
    void stop();

signals:
    /// The engine is ready; `languages` are those it has a voice for ("de", "en", ...).
    void ready(const QString &engine, const QStringList &languages);
    void speakingChanged(bool speaking);
    void failed(const QString &why);

private:
    QTextToSpeech *m_speech = nullptr;
};

/// Read-aloud of the page on screen with Qt TextToSpeech, where the device has a speech engine
/// with a voice for the visitor's language. Everything the engine does happens in its own
/// thread; without an engine the button simply does not show.
class ReadAloud : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application creates the read-aloud")
    Q_PROPERTY(bool speaking READ isSpeaking NOTIFY speakingChanged)
    Q_PROPERTY(QStringList languages READ languages NOTIFY readyChanged)

public:
    /// `engines`: Qt TextToSpeech engine names to try in order; empty: speech-dispatcher, then flite.
    explicit ReadAloud(const QStringList &engines = {}, QObject *parent = nullptr);
    ~ReadAloud() override;

    /// Starts the speech thread and looks for an engine there. The kiosk calls it after its
    /// first frame: loading the engines' plugins and voices would otherwise compete with the
    /// start-up for the CPU, for a button that may appear a moment later.
    void start();

    bool isSpeaking() const { return m_speaking; }
    /// The languages the engine has a voice for; empty until it is ready (or when there is none).
    QStringList languages() const { return m_languages; }
    QString engine() const { return m_engine; }
    /// Whether there is a voice for `language` (Leichte Sprache reads with a German voice).
    Q_INVOKABLE bool hasVoiceFor(const QString &language) const
    {
        return m_languages.contains(language.section(u'-', 0, 0));
    }

    /// Reads the visible texts of `page` aloud in `language`; returns at once.
    Q_INVOKABLE void read(QQuickItem *page, const QString &language);
    Q_INVOKABLE void stop();

    /// The visible texts below `root`, in the order the page lays them out, Markdown as plain text.
    static QString pageText(QQuickItem *root);
    /// The speech thread, for tests that keep it busy.
    QThread *speechThread() { return m_thread; }

signals:
    void speakingChanged();
    void readyChanged();

private:
    QThread *m_thread;  ///< on the heap: left behind on purpose if a hung engine will not stop
    SpeechWorker *m_worker;
    QString m_engine;
    QStringList m_languages;
    QStringList m_engines;
    bool m_speaking = false;
};
