// keygen, sign and verify: minisign-compatible keys and signatures for packs and channels.
#include "commands.h"
#include "keyfiles.h"
#include "minisign.h"
#include "password.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

int keygenCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Makes a signing key pair. Give the public key to the kiosks (their config trusts it); keep the "
        "secret key safe. The password is asked twice (read from standard input when it is not a terminal)."));
    parser.addHelpOption();
    const QCommandLineOption publicOption(QStringLiteral("p"), QStringLiteral("Public key file to write."), QStringLiteral("PUB"));
    const QCommandLineOption secretOption(QStringLiteral("s"), QStringLiteral("Secret key file to write."), QStringLiteral("KEY"));
    const QCommandLineOption noPasswordOption(QStringLiteral("no-password"), QStringLiteral("Store the secret key unprotected (like minisign -W)."));
    const QCommandLineOption forceOption(QStringLiteral("f"), QStringLiteral("Overwrite existing key files."));
    parser.addOptions({publicOption, secretOption, noPasswordOption, forceOption});
    parser.process(arguments);
    if (!parser.isSet(publicOption) || !parser.isSet(secretOption) || !parser.positionalArguments().isEmpty())
        return failWith(Usage, QStringLiteral("keygen needs -p PUB and -s KEY (see keygen --help)"));
    for (const QString &path : {parser.value(publicOption), parser.value(secretOption)}) {
        if (QFileInfo::exists(path) && !parser.isSet(forceOption))
            return failWith(FileError, QStringLiteral("%1 exists; -f overwrites it (and the key it holds is lost)").arg(path));
    }
    QByteArray password;
    if (!parser.isSet(noPasswordOption)) {
        password = readPassword(QStringLiteral("Password for the new secret key"));
        if (password.isEmpty())
            return failWith(Usage, QStringLiteral("an empty password protects nothing; use --no-password to mean it"));
        if (readPassword(QStringLiteral("The same password again")) != password)
            return failWith(Usage, QStringLiteral("the two passwords differ"));
    }
    const civic::minisign::SecretKey key = civic::minisign::generateKey();
    QString error;
    if (!writeFile(parser.value(secretOption), civic::minisign::secretKeyFileText(key, password), &error)
        || !writeFile(parser.value(publicOption), key.publicKey().fileText(), &error))
        return failWith(FileError, error);
    printLine(stdout, QStringLiteral("Key %1 written. Public key for the kiosks' config:\n%2")
                          .arg(key.publicKey().keyIdText(), key.publicKey().base64()));
    return Ok;
}

int signCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Signs FILE with a secret key, writing FILE.minisig."));
    parser.addHelpOption();
    const QCommandLineOption secretOption(QStringLiteral("s"), QStringLiteral("Secret key file."), QStringLiteral("KEY"));
    const QCommandLineOption commentOption(QStringLiteral("t"), QStringLiteral("Trusted comment (signed too)."), QStringLiteral("COMMENT"));
    const QCommandLineOption signatureOption(QStringLiteral("x"), QStringLiteral("Signature file to write (default FILE.minisig)."), QStringLiteral("SIG"));
    parser.addOptions({secretOption, commentOption, signatureOption});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The file to sign."));
    parser.process(arguments);
    if (parser.positionalArguments().size() != 1 || !parser.isSet(secretOption))
        return failWith(Usage, QStringLiteral("sign takes one FILE and -s KEY (see sign --help)"));
    const QString path = parser.positionalArguments().constFirst();
    QString error;
    bool unreadable = false;
    const auto key = loadSecretKey(parser.value(secretOption), &error, &unreadable);
    if (!key)
        return failWith(unreadable ? FileError : Refused, error);
    const QString comment = parser.isSet(commentOption)
                                ? parser.value(commentOption)
                                : QStringLiteral("timestamp:%1\tfile:%2\thashed")
                                      .arg(QDateTime::currentSecsSinceEpoch())
                                      .arg(QFileInfo(path).fileName());
    const QString signaturePath = parser.isSet(signatureOption) ? parser.value(signatureOption) : path + QStringLiteral(".minisig");
    if (!signFile(*key, path, comment, &error, signaturePath))
        return failWith(FileError, error);
    return Ok;
}

int verifyCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Checks FILE against its signature and a trusted public key."));
    parser.addHelpOption();
    const QCommandLineOption publicOption(QStringLiteral("p"), QStringLiteral("Public key file."), QStringLiteral("PUB"));
    const QCommandLineOption inlineOption(QStringLiteral("P"), QStringLiteral("Public key as its base64 line."), QStringLiteral("KEY"));
    const QCommandLineOption signatureOption(QStringLiteral("x"), QStringLiteral("Signature file (default FILE.minisig)."), QStringLiteral("SIG"));
    parser.addOptions({publicOption, inlineOption, signatureOption});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The signed file."));
    parser.process(arguments);
    if (parser.positionalArguments().size() != 1 || parser.isSet(publicOption) == parser.isSet(inlineOption))
        return failWith(Usage, QStringLiteral("verify takes one FILE and either -p PUB or -P KEY (see verify --help)"));
    const QString path = parser.positionalArguments().constFirst();
    QString error;
    QByteArray keyText = parser.value(inlineOption).toLatin1();
    if (parser.isSet(publicOption)) {
        const auto text = readSmallFile(parser.value(publicOption), &error);
        if (!text)
            return failWith(FileError, error);
        keyText = *text;
    }
    const auto key = civic::minisign::PublicKey::parse(keyText, &error);
    if (!key)
        return failWith(Refused, QStringLiteral("public key: ") + error);
    const QString signaturePath = parser.isSet(signatureOption) ? parser.value(signatureOption) : path + QStringLiteral(".minisig");
    const auto signatureText = readSmallFile(signaturePath, &error);
    if (!signatureText)
        return failWith(FileError, error);
    const auto signature = civic::minisign::Signature::parse(*signatureText, &error);
    if (!signature)
        return failWith(Refused, QStringLiteral("%1: %2").arg(signaturePath, error));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failWith(FileError, QStringLiteral("%1: %2").arg(path, file.errorString()));
    if (!civic::minisign::verify(*signature, {*key}, file, &error))
        return failWith(Refused, QStringLiteral("%1: %2").arg(path, error));
    printLine(stdout, QStringLiteral("Signature and comment signature verified\nTrusted comment: ") + signature->trustedComment);
    return Ok;
}
