#include "readaloud.h"

#include <QQuickItem>
#include <QTextDocument>
#include <QTextToSpeech>

void SpeechWorker::start(const QStringList &engines)
{
    const QStringList available = QTextToSpeech::availableEngines();
    for (const QString &engine : engines) {
        if (!available.contains(engine))
            continue;
        auto *speech = new QTextToSpeech(engine, this);
        if (speech->state() == QTextToSpeech::Error) {
            delete speech;
            continue;
        }
        m_speech = speech;
        connect(m_speech, &QTextToSpeech::stateChanged, this,
                [this](QTextToSpeech::State state) { emit speakingChanged(state == QTextToSpeech::Speaking); });
        QStringList languages;
        for (const QLocale &locale : m_speech->availableLocales()) {
            const QString language = QLocale::languageToCode(locale.language());
            if (!languages.contains(language))
                languages.append(language);
        }
        emit ready(engine, languages);
        return;
    }
    emit failed(QStringLiteral("no speech engine among %1 (installed: %2)")
                    .arg(engines.join(u", "), available.join(u", ")));
}

void SpeechWorker::say(const QString &text, const QString &language)
{
    if (!m_speech)
        return;
    // Leichte Sprache is German: "de-x-ls" reads with a German voice.
    const QString base = language.section(u'-', 0, 0);
    for (const QLocale &locale : m_speech->availableLocales()) {
        if (QLocale::languageToCode(locale.language()) == base) {
            m_speech->setLocale(locale);
            break;
        }
    }
    m_speech->say(text);
}

void SpeechWorker::stop()
{
    if (m_speech)
        m_speech->stop();
}

ReadAloud::ReadAloud(const QStringList &engines, QObject *parent)
    : QObject(parent), m_thread(new QThread), m_worker(new SpeechWorker)
{
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SpeechWorker::ready, this, [this](const QString &engine, const QStringList &languages) {
        m_engine = engine;
        m_languages = languages;
        emit readyChanged();
    });
    connect(m_worker, &SpeechWorker::speakingChanged, this, [this](bool speaking) {
        if (speaking != m_speaking) {
            m_speaking = speaking;
            emit speakingChanged();
        }
    });
    connect(m_worker, &SpeechWorker::failed, this, [](const QString &why) { qInfo("read-aloud is off: %s", qPrintable(why)); });
    m_thread->setObjectName(QStringLiteral("speech"));
    m_engines = engines.isEmpty() ? QStringList{QStringLiteral("speechd"), QStringLiteral("flite")} : engines;
}

void ReadAloud::start()
{
    if (m_thread->isRunning())
        return;
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, tried = m_engines] { worker->start(tried); },
                              Qt::QueuedConnection);
}

ReadAloud::~ReadAloud()
{
    if (!m_thread->isRunning() && !m_thread->isFinished()) {
        // Never started (the kiosk ended within a second of its first frame): no thread will
        // emit finished() to delete the worker.
        delete m_worker;
        delete m_thread;
        return;
    }
    m_thread->quit();
    if (m_thread->wait(2000)) {
        delete m_thread;
        return;
    }
    // A hung engine must not keep the program from ending, and destroying a running QThread
    // aborts: the thread and its engine are left to the end of the process.
    qWarning("the speech engine did not stop in time");
}

void ReadAloud::read(QQuickItem *page, const QString &language)
{
    const QString text = pageText(page);
    if (text.isEmpty())
        return;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, text, language] { worker->say(text, language); },
                              Qt::QueuedConnection);
}

void ReadAloud::stop()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->stop(); }, Qt::QueuedConnection);
}

QString ReadAloud::pageText(QQuickItem *root)
{
    QStringList parts;
    const std::function<void(QQuickItem *)> visit = [&](QQuickItem *item) {
        if (!item || !item->isVisible() || item->opacity() == 0)
            return;
        if (item->inherits("QQuickText")) {
            QString text = item->property("text").toString();
            // Text.MarkdownText is 3 in QQuickText::TextFormat.
            if (item->property("textFormat").toInt() == 3) {
                QTextDocument document;
                document.setMarkdown(text);
                text = document.toPlainText();
            }
            text = text.simplified();
            // A heading without a full stop still ends a sentence for the voice.
            if (!text.isEmpty() && !text.back().isPunct())
                text.append(u'.');
            if (!text.isEmpty() && (parts.isEmpty() || parts.constLast() != text))
                parts.append(text);
        }
        QList<QQuickItem *> children = item->childItems();
        // Top to bottom, then in the line's direction: the order a reader's eye takes.
        std::stable_sort(children.begin(), children.end(), [](QQuickItem *a, QQuickItem *b) {
            return a->y() < b->y();
        });
        for (QQuickItem *child : std::as_const(children))
            visit(child);
    };
    visit(root);
    return parts.join(u'\n');
}
