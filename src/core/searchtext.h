#pragma once

#include <QString>

namespace civic {

/// Folds what SQLite's unicode61 tokenizer leaves apart but German readers treat as one:
/// "ß" and "ẞ" become "ss", so "Straße" and "Strasse" index and match alike. Case and
/// diacritics are left to the tokenizer (remove_diacritics 2).
QString foldForSearch(const QString &text);

/// The token that marks a search row as seen in `language` ("de-x-ls" -> "langdexls").
QString searchLanguageToken(const QString &language);

/// An FTS5 MATCH expression for what a visitor typed: every word must match as a prefix, in
/// any order. Words are quoted, so FTS5 syntax typed by a visitor is searched for, never run.
/// Empty when the input holds no letter or digit.
QString searchMatchExpression(const QString &input);


} // namespace civic
