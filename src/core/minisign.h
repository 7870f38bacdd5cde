#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

class QIODevice;

/// Signatures in minisign's format (https://jedisct1.github.io/minisign/), made and checked with
/// libsodium: Ed25519 over a BLAKE2b-512 hash of the file (algorithm "ED"), plus a second
/// signature over the trusted comment. Keys and signatures interchange with the minisign program.
namespace civic::minisign {

inline constexpr qsizetype kKeyIdBytes = 8;

struct PublicKey {
    QByteArray keyId;  ///< 8 bytes
    QByteArray key;    ///< 32 bytes, Ed25519

    /// The key ID as minisign prints it, e.g. "813D5FF3DAC34901".
    QString keyIdText() const;
    /// The one-line base64 form ("RW..."), as in a config file or `minisign -P`.
    QString base64() const;
    /// The whole .pub file.
    QByteArray fileText() const;

    /// Reads a .pub file's text or the bare base64 line. On failure returns nothing and says why.
    static std::optional<PublicKey> parse(const QByteArray &text, QString *error);
};

struct SecretKey {
    QByteArray keyId;   ///< 8 bytes
    QByteArray secret;  ///< 64 bytes, libsodium's Ed25519 secret key (seed and public key)

    PublicKey publicKey() const;
};

/// A new key pair from libsodium's random source.
SecretKey generateKey();

/// The .key file for `key`. With a password the key is encrypted as minisign does (scrypt with
/// libsodium's "sensitive" limits); without one it is stored in the clear, as `minisign -W` does.
QByteArray secretKeyFileText(const SecretKey &key, const QByteArray &password);

/// Whether a .key file's key is encrypted (needs a password).
bool secretKeyIsEncrypted(const QByteArray &fileText);

/// Reads a .key file, decrypting it with `password` when it is encrypted.
std::optional<SecretKey> parseSecretKey(const QByteArray &fileText, const QByteArray &password, QString *error);

struct Signature {
    QByteArray algorithm;        ///< "ED" (prehashed); "Ed" is the legacy form, always refused
    QByteArray keyId;            ///< 8 bytes
    QByteArray signature;        ///< 64 bytes over the BLAKE2b-512 hash of the data
    QString untrustedComment;
    QString trustedComment;
    QByteArray globalSignature;  ///< 64 bytes over signature + trusted comment

    /// The whole .minisig file.
    QByteArray fileText() const;

    /// Reads a .minisig file. Refuses anything but its exact four-line form.
    static std::optional<Signature> parse(const QByteArray &text, QString *error);
};

/// BLAKE2b-512 of everything `data` still has to read, read in pieces (files may be gigabytes).
/// Returns an empty array when reading fails.
QByteArray prehash(QIODevice &data);

/// The same hash, fed piece by piece while something else reads the data (one pass, not two).
class Prehasher
{
public:
    Prehasher();
    void addData(const char *data, qsizetype size);
    QByteArray result();

private:
    alignas(64) unsigned char m_state[384];
};

/// Signs the data `data` still has to read.
std::optional<Signature> sign(const SecretKey &key, QIODevice &data, const QString &trustedComment,
                              const QString &untrustedComment = QStringLiteral("signature from civic-pack secret key"));

/// Checks `signature` over the data `data` still has to read against the trusted keys. Returns
/// the key that made it, or nothing with the reason in `error`.
std::optional<PublicKey> verify(const Signature &signature, const QList<PublicKey> &trusted, QIODevice &data,
                                QString *error);
/// The trusted key a signature claims to be made with, or nothing (untrusted key, legacy or
/// unknown algorithm) with the reason: what can be refused before reading the data.
std::optional<PublicKey> trustedSigner(const Signature &signature, const QList<PublicKey> &trusted, QString *error);
/// The same check against a prehash already computed (see Prehasher).
std::optional<PublicKey> verifyPrehashed(const Signature &signature, const QList<PublicKey> &trusted,
                                         const QByteArray &hash, QString *error);

} // namespace civic::minisign
