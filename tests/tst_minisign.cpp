#include "minisign.h"

#include <QBuffer>
#include <QTest>

using namespace civic::minisign;

namespace {

std::optional<Signature> signBytes(const SecretKey &key, QByteArray data, const QString &comment = QStringLiteral("c"))
{
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    return sign(key, buffer, comment);
}

std::optional<PublicKey> verifyBytes(const Signature &signature, const QList<PublicKey> &trusted, QByteArray data,
                                     QString *error)
{
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    return verify(signature, trusted, buffer, error);
}

} // namespace

class TestMinisign : public QObject
{
    Q_OBJECT

private:
    SecretKey m_key = generateKey();
    const QByteArray m_data = QByteArrayLiteral("pack contents\n");

private slots:
    void signAndVerify()
    {
        const auto signature = signBytes(m_key, m_data, QStringLiteral("pack stuttgart 2026.11.1"));
        QVERIFY(signature);
        QCOMPARE(signature->algorithm, QByteArrayLiteral("ED"));
        QString error;
        const auto signer = verifyBytes(*signature, {generateKey().publicKey(), m_key.publicKey()}, m_data, &error);
        QVERIFY2(signer, qPrintable(error));
        QCOMPARE(signer->keyId, m_key.keyId);

        // The file round trip keeps every byte that matters.
        const auto parsed = Signature::parse(signature->fileText(), &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->trustedComment, QStringLiteral("pack stuttgart 2026.11.1"));
        QVERIFY(verifyBytes(*parsed, {m_key.publicKey()}, m_data, &error));
    }

    void refusesChangedData()
    {
        const auto signature = signBytes(m_key, m_data);
        QString error;
        QVERIFY(!verifyBytes(*signature, {m_key.publicKey()}, m_data + ' ', &error));
        QCOMPARE(error, QStringLiteral("signature does not match the data"));
    }

    void refusesUnknownKey()
    {
        const auto signature = signBytes(m_key, m_data);
        QString error;
        QVERIFY(!verifyBytes(*signature, {generateKey().publicKey()}, m_data, &error));
        QVERIFY2(error.startsWith(QStringLiteral("signed with key ") + m_key.publicKey().keyIdText()), qPrintable(error));
    }

    void refusesLegacySignatures()
    {
        auto signature = signBytes(m_key, m_data);
        signature->algorithm = QByteArrayLiteral("Ed");
        QString error;
        QVERIFY(!verifyBytes(*signature, {m_key.publicKey()}, m_data, &error));
        QVERIFY(error.startsWith(QStringLiteral("legacy signature")));
    }

    void refusesChangedTrustedComment()
    {
        auto signature = signBytes(m_key, m_data, QStringLiteral("version 2"));
        signature->trustedComment = QStringLiteral("version 3");
        QString error;
        QVERIFY(!verifyBytes(*signature, {m_key.publicKey()}, m_data, &error));
        QCOMPARE(error, QStringLiteral("the trusted comment does not match its signature"));
    }

    void refusesABitFlipInAnyLine_data()
    {
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("untrusted comment prefix") << 0 << 3;
        QTest::newRow("signature algorithm") << 1 << 1;
        QTest::newRow("signature key id") << 1 << 5;
        QTest::newRow("signature bytes") << 1 << 40;
        QTest::newRow("trusted comment prefix") << 2 << 2;
        QTest::newRow("trusted comment text") << 2 << 20;
        QTest::newRow("comment signature") << 3 << 30;
        // The last character before '=' carries bits that decode to nothing: only the canonical
        // spelling may pass.
        QTest::newRow("signature padding bits") << 1 << -2;
        QTest::newRow("comment signature padding bits") << 3 << -3;
    }

    void refusesABitFlipInAnyLine()
    {
        QFETCH(int, line);
        QFETCH(int, column);
        const auto signature = signBytes(m_key, m_data, QStringLiteral("a trusted comment"));
        QList<QByteArray> lines = signature->fileText().split('\n');
        QByteArray &target = lines[line];
        const qsizetype at = column >= 0 ? column : target.size() + column;
        if (column >= 0) {
            target[at] = static_cast<char>(target.at(at) ^ 0x01);
        } else {
            // Flip the lowest of the 6 bits this character stands for: a padding bit here.
            static const QByteArray alphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");
            target[at] = alphabet.at(alphabet.indexOf(target.at(at)) ^ 1);
            QCOMPARE(QByteArray::fromBase64(target), QByteArray::fromBase64(signature->fileText().split('\n').at(line)));
        }
        QString error;
        const auto parsed = Signature::parse(lines.join('\n'), &error);
        if (parsed)
            QVERIFY(!verifyBytes(*parsed, {m_key.publicKey()}, m_data, &error));
        QVERIFY(!error.isEmpty());
    }

    void refusesMalformedFiles_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << "a signature has 4 lines, this one has 0";
        QTest::newRow("html") << QByteArray("<html><body>Please log in</body></html>\n") << "a signature has 4 lines, this one has 1";
        QTest::newRow("five lines") << QByteArray("a\nb\nc\nd\ne\n") << "a signature has 4 lines, this one has 5";
        QTest::newRow("no base64")
            << QByteArray("untrusted comment: x\n!!!!\ntrusted comment: y\nAAAA\n") << "line 2: not a base64 signature of 74 bytes";
    }

    void refusesMalformedFiles()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!Signature::parse(text, &error));
        QCOMPARE(error, message);
    }

    void publicKeyForms()
    {
        const PublicKey key = m_key.publicKey();
        QString error;
        const auto fromFile = PublicKey::parse(key.fileText(), &error);
        QVERIFY2(fromFile, qPrintable(error));
        QCOMPARE(fromFile->key, key.key);
        const auto fromLine = PublicKey::parse(key.base64().toLatin1(), &error);
        QVERIFY(fromLine);
        QCOMPARE(fromLine->keyId, key.keyId);
        QVERIFY(key.base64().startsWith(QStringLiteral("RW")));
        QCOMPARE(key.keyIdText().size(), 16);
        QVERIFY(!PublicKey::parse("RWQBScPa8189", &error));
    }

    void secretKeyWithoutPassword()
    {
        const QByteArray text = secretKeyFileText(m_key, {});
        QVERIFY(!secretKeyIsEncrypted(text));
        QString error;
        const auto key = parseSecretKey(text, {}, &error);
        QVERIFY2(key, qPrintable(error));
        QCOMPARE(key->secret, m_key.secret);
        QCOMPARE(key->keyId, m_key.keyId);
    }

    void secretKeyWithPassword()
    {
        const QByteArray text = secretKeyFileText(m_key, QByteArrayLiteral("correct horse"));
        QVERIFY(secretKeyIsEncrypted(text));
        QVERIFY(!text.contains(m_key.secret.toBase64()));
        QString error;
        QVERIFY(!parseSecretKey(text, {}, &error));
        QCOMPARE(error, QStringLiteral("the secret key is protected by a password"));
        QVERIFY(!parseSecretKey(text, QByteArrayLiteral("wrong horse"), &error));
        QCOMPARE(error, QStringLiteral("wrong password for the secret key"));
        const auto key = parseSecretKey(text, QByteArrayLiteral("correct horse"), &error);
        QVERIFY2(key, qPrintable(error));
        QCOMPARE(key->secret, m_key.secret);
    }
};

QTEST_GUILESS_MAIN(TestMinisign)
#include "tst_minisign.moc"
