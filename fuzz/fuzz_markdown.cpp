// Outside input: a Markdown body of a tip, project, page or notice, written by staff and shipped
// in a signed pack. The kiosk shows it with Qt's Markdown reader (BodyText.qml uses
// Text.MarkdownText) and reads it aloud through QTextDocument::setMarkdown (ReadAloud::pageText).
// Only what the pack reader lets through gets that far, so the input first passes the same check.

#include "fuzzsupport.h"

#include "objectreader.h"

#include <QGuiApplication>
#include <QJsonObject>
#include <QTextDocument>

namespace {

// The longest body a pack may hold (kBodyLength in packreader.cpp).
constexpr int kBodyLength = 8000;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    civic::fuzz::quietQt();
    // Text layout needs fonts, and fonts need a QGuiApplication; offscreen needs no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "civic-fuzz";
    static char *argv[] = {name, nullptr};
    static QGuiApplication *application = new QGuiApplication(argc, argv);
    Q_UNUSED(application)
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The pack reader's check of a Markdown text (no pictures, no HTML, not too long), as for a
    // tip's body in a pack that declares one language.
    civic::ReadContext context;
    context.languages = {QStringLiteral("de")};
    context.requiredLanguages = context.languages;
    const QJsonObject tip{{QStringLiteral("body"),
                           QJsonObject{{QStringLiteral("de"), QString::fromUtf8(civic::fuzz::input(data, size))}}}};
    civic::ObjectReader reader(context, tip, QStringLiteral("tips/fuzz.json"));
    const civic::TextMap body = reader.text(QStringLiteral("body"), civic::ObjectReader::Required, kBodyLength,
                                            civic::ObjectReader::TextKind::Markdown);
    if (civic::hasErrors(context.issues))
        return 0;

    // As the kiosk shows it: parsed, laid out at a screen's width, and as plain text to read aloud.
    QTextDocument document;
    document.setMarkdown(body.value(QStringLiteral("de")));
    document.setTextWidth(1000);
    document.size();
    document.toPlainText();
    return 0;
}
