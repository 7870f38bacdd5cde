#include "searchtext.h"

#include <QStringList>

namespace civic {

QString foldForSearch(const QString &text)
{
    QString folded = text;
    folded.replace(QChar(0x00DF), QLatin1String("ss")); // ß
    folded.replace(QChar(0x1E9E), QLatin1String("ss")); // ẞ
    return folded;
}

QString searchLanguageToken(const QString &language)
{
    QString token = QStringLiteral("lang");
    for (const QChar c : language) {
        if (c.isLetterOrNumber())
            token.append(c.toLower());
    }
    return token;
}

QString searchMatchExpression(const QString &input)
{
    // Split like the tokenizer does: letters, digits and combining marks (Arabic vowel signs,
    // decomposed umlauts) belong to a word; everything else separates words.
    QStringList words;
    QString word;
    const QString folded = foldForSearch(input);
    for (const QChar c : folded) {
        if (c.isLetterOrNumber() || c.isMark()) {
            word.append(c);
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);

    QStringList terms;
    for (const QString &w : std::as_const(words))
        terms.append(u'"' + w + QLatin1String("\"*"));
    return terms.join(u' ');
}

} // namespace civic
