#include "minisign.h"

#include <QIODevice>

#include <sodium.h>

#include <cstring>

namespace civic::minisign {

namespace {

// Field sizes and tags of minisign's binary structures.
constexpr qsizetype kPublicKeyBytes = 2 + kKeyIdBytes + crypto_sign_PUBLICKEYBYTES;  // 42
constexpr qsizetype kSaltBytes = crypto_pwhash_scryptsalsa208sha256_SALTBYTES;         // 32
constexpr qsizetype kChecksumBytes = crypto_generichash_BYTES;                        // 32
constexpr qsizetype kKeynumSkBytes = kKeyIdBytes + crypto_sign_SECRETKEYBYTES + kChecksumBytes;  // 104
constexpr qsizetype kSecretKeyBytes = 2 + 2 + 2 + kSaltBytes + 8 + 8 + kKeynumSkBytes;         // 158
constexpr qsizetype kSignatureBytes = 2 + kKeyIdBytes + crypto_sign_BYTES;                     // 74
// A key file from elsewhere could ask scrypt for any amount of memory; minisign's own is 1 GiB.
constexpr quint64 kMaxKdfMemory = 2ULL * 1024 * 1024 * 1024;
// minisign writes scrypt's "sensitive" work factor; a key file asking for much more would make
// signing run for minutes or hours (a hostile or damaged file), not protect the key better.
constexpr quint64 kMaxKdfOps = 4ULL * crypto_pwhash_scryptsalsa208sha256_OPSLIMIT_SENSITIVE;

// Functions, not global QByteArrays: keys may be made during another file's static initialisation.
QByteArray sigAlg() { return QByteArrayLiteral("Ed"); }
QByteArray sigAlgHashed() { return QByteArrayLiteral("ED"); }
QByteArray kdfAlg() { return QByteArrayLiteral("Sc"); }
QByteArray chkAlg() { return QByteArrayLiteral("B2"); }
QByteArray untrustedPrefix() { return QByteArrayLiteral("untrusted comment: "); }
QByteArray trustedPrefix() { return QByteArrayLiteral("trusted comment: "); }

bool initialized()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

const unsigned char *bytes(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}

unsigned char *bytes(QByteArray &array)
{
    return reinterpret_cast<unsigned char *>(array.data());
}

quint64 readLe64(const char *data)
{
    quint64 value = 0;
    for (int i = 7; i >= 0; --i)
        value = (value << 8) | static_cast<unsigned char>(data[i]);
    return value;
}

QByteArray le64(quint64 value)
{
    QByteArray out(8, '\0');
    for (int i = 0; i < 8; ++i)
        out[i] = static_cast<char>((value >> (8 * i)) & 0xff);
    return out;
}

/// The base64 payload line of a minisign file: the line after the untrusted comment, or the
/// whole text when it is a bare base64 line.
QByteArray payloadLine(const QByteArray &text)
{
    const QList<QByteArray> lines = text.trimmed().split('\n');
    if (lines.size() >= 2 && lines.at(0).startsWith(untrustedPrefix()))
        return lines.at(1).trimmed();
    return lines.size() == 1 ? lines.at(0).trimmed() : QByteArray();
}

std::optional<QByteArray> decodeBase64(const QByteArray &line, qsizetype expectedBytes)
{
    const auto decoded = QByteArray::fromBase64Encoding(line, QByteArray::AbortOnBase64DecodingErrors);
    // Only the one canonical spelling: other bits in the padding would decode to the same bytes.
    if (!decoded || decoded.decoded.size() != expectedBytes || decoded.decoded.toBase64() != line)
        return std::nullopt;
    return decoded.decoded;
}

QByteArray checksum(const QByteArray &sigAlg, const QByteArray &keyId, const QByteArray &secret)
{
    QByteArray out(kChecksumBytes, '\0');
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, kChecksumBytes);
    crypto_generichash_update(&state, bytes(sigAlg), sigAlg.size());
    crypto_generichash_update(&state, bytes(keyId), keyId.size());
    crypto_generichash_update(&state, bytes(secret), secret.size());
    crypto_generichash_final(&state, bytes(out), kChecksumBytes);
    return out;
}

/// The scrypt key stream that encrypts (XOR) the secret part of a key file.
std::optional<QByteArray> keyStream(const QByteArray &password, const QByteArray &salt, quint64 opslimit, quint64 memlimit)
{
    QByteArray stream(kKeynumSkBytes, '\0');
    if (crypto_pwhash_scryptsalsa208sha256(bytes(stream), stream.size(), password.constData(), password.size(),
                                           bytes(salt), opslimit, memlimit) != 0)
        return std::nullopt;
    return stream;
}

void xorInto(QByteArray &data, const QByteArray &stream)
{
    for (qsizetype i = 0; i < data.size(); ++i)
        data[i] = static_cast<char>(data.at(i) ^ stream.at(i));
}

} // namespace

QString PublicKey::keyIdText() const
{
    // minisign prints the key number as a little-endian 64-bit integer.
    return QString::number(readLe64(keyId.constData()), 16).rightJustified(16, u'0').toUpper();
}

QString PublicKey::base64() const
{
    return QString::fromLatin1((sigAlg() + keyId + key).toBase64());
}

QByteArray PublicKey::fileText() const
{
    return untrustedPrefix() + "minisign public key " + keyIdText().toLatin1() + '\n' + base64().toLatin1() + '\n';
}

std::optional<PublicKey> PublicKey::parse(const QByteArray &text, QString *error)
{
    const auto decoded = decodeBase64(payloadLine(text), kPublicKeyBytes);
    if (!decoded) {
        *error = QStringLiteral("not a minisign public key (expected a base64 line of %1 bytes)").arg(kPublicKeyBytes);
        return std::nullopt;
    }
    if (decoded->left(2) != sigAlg()) {
        *error = QStringLiteral("unsupported public key algorithm");
        return std::nullopt;
    }
    return PublicKey{decoded->mid(2, kKeyIdBytes), decoded->mid(2 + kKeyIdBytes)};
}

PublicKey SecretKey::publicKey() const
{
    return PublicKey{keyId, secret.right(crypto_sign_PUBLICKEYBYTES)};
}

SecretKey generateKey()
{
    if (!initialized())
        qFatal("libsodium cannot be initialized");
    SecretKey key;
    key.keyId = QByteArray(kKeyIdBytes, '\0');
    randombytes_buf(bytes(key.keyId), kKeyIdBytes);
    key.secret = QByteArray(crypto_sign_SECRETKEYBYTES, '\0');
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, '\0');
    crypto_sign_keypair(bytes(publicKey), bytes(key.secret));
    return key;
}

QByteArray secretKeyFileText(const SecretKey &key, const QByteArray &password)
{
    if (!initialized())
        qFatal("libsodium cannot be initialized");
    QByteArray keynumSk = key.keyId + key.secret;
    QByteArray header = sigAlg();
    if (password.isEmpty()) {
        // As `minisign -W`: no KDF, no salt, and a zero checksum that nobody checks.
        header += QByteArray(2, '\0') + chkAlg() + QByteArray(kSaltBytes + 16, '\0');
        keynumSk += QByteArray(kChecksumBytes, '\0');
    } else {
        QByteArray salt(kSaltBytes, '\0');
        randombytes_buf(bytes(salt), salt.size());
        const quint64 opslimit = crypto_pwhash_scryptsalsa208sha256_OPSLIMIT_SENSITIVE;
        const quint64 memlimit = crypto_pwhash_scryptsalsa208sha256_MEMLIMIT_SENSITIVE;
        header += kdfAlg() + chkAlg() + salt + le64(opslimit) + le64(memlimit);
        keynumSk += checksum(sigAlg(), key.keyId, key.secret);
        const auto stream = keyStream(password, salt, opslimit, memlimit);
        if (!stream)
            qFatal("scrypt ran out of memory while protecting the secret key");
        xorInto(keynumSk, *stream);
    }
    return untrustedPrefix() + "minisign encrypted secret key\n" + (header + keynumSk).toBase64() + '\n';
}

bool secretKeyIsEncrypted(const QByteArray &fileText)
{
    const auto decoded = decodeBase64(payloadLine(fileText), kSecretKeyBytes);
    return decoded && decoded->mid(2, 2) == kdfAlg();
}

std::optional<SecretKey> parseSecretKey(const QByteArray &fileText, const QByteArray &password, QString *error)
{
    if (!initialized())
        qFatal("libsodium cannot be initialized");
    const auto decoded = decodeBase64(payloadLine(fileText), kSecretKeyBytes);
    if (!decoded || decoded->left(2) != sigAlg() || decoded->mid(4, 2) != chkAlg()) {
        *error = QStringLiteral("not a minisign secret key");
        return std::nullopt;
    }
    const QByteArray kdf = decoded->mid(2, 2);
    const QByteArray salt = decoded->mid(6, kSaltBytes);
    const quint64 opslimit = readLe64(decoded->constData() + 6 + kSaltBytes);
    const quint64 memlimit = readLe64(decoded->constData() + 6 + kSaltBytes + 8);
    QByteArray keynumSk = decoded->right(kKeynumSkBytes);
    if (kdf == kdfAlg()) {
        if (password.isEmpty()) {
            *error = QStringLiteral("the secret key is protected by a password");
            return std::nullopt;
        }
        if (opslimit > kMaxKdfOps) {
            *error = QStringLiteral("the secret key asks scrypt for %1 operations, more than %2").arg(opslimit).arg(kMaxKdfOps);
            return std::nullopt;
        }
        if (memlimit > kMaxKdfMemory) {
            *error = QStringLiteral("the secret key asks scrypt for %1 MiB, more than %2 MiB").arg(memlimit >> 20).arg(kMaxKdfMemory >> 20);
            return std::nullopt;
        }
        const auto stream = keyStream(password, salt, opslimit, memlimit);
        if (!stream) {
            *error = QStringLiteral("not enough memory to unlock the secret key");
            return std::nullopt;
        }
        xorInto(keynumSk, *stream);
        sodium_memzero(const_cast<char *>(stream->constData()), stream->size());
    } else if (kdf != QByteArray(2, '\0')) {
        *error = QStringLiteral("unsupported key derivation in the secret key");
        return std::nullopt;
    }
    SecretKey key{keynumSk.left(kKeyIdBytes), keynumSk.mid(kKeyIdBytes, crypto_sign_SECRETKEYBYTES)};
    if (kdf == kdfAlg()) {
        const QByteArray expected = checksum(sigAlg(), key.keyId, key.secret);
        if (sodium_memcmp(expected.constData(), keynumSk.constData() + kKeyIdBytes + crypto_sign_SECRETKEYBYTES,
                          kChecksumBytes) != 0) {
            *error = QStringLiteral("wrong password for the secret key");
            return std::nullopt;
        }
    }
    return key;
}

QByteArray Signature::fileText() const
{
    return untrustedPrefix() + untrustedComment.toUtf8() + '\n' + (algorithm + keyId + signature).toBase64() + '\n' + trustedPrefix()
           + trustedComment.toUtf8() + '\n' + globalSignature.toBase64() + '\n';
}

std::optional<Signature> Signature::parse(const QByteArray &text, QString *error)
{
    QList<QByteArray> lines = text.split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    if (lines.size() != 4) {
        *error = QStringLiteral("a signature has 4 lines, this one has %1").arg(lines.size());
        return std::nullopt;
    }
    if (!lines.at(0).startsWith(untrustedPrefix())) {
        *error = QStringLiteral("line 1: expected 'untrusted comment: '");
        return std::nullopt;
    }
    const auto sig = decodeBase64(lines.at(1), kSignatureBytes);
    if (!sig) {
        *error = QStringLiteral("line 2: not a base64 signature of %1 bytes").arg(kSignatureBytes);
        return std::nullopt;
    }
    if (!lines.at(2).startsWith(trustedPrefix())) {
        *error = QStringLiteral("line 3: expected 'trusted comment: '");
        return std::nullopt;
    }
    const auto global = decodeBase64(lines.at(3), crypto_sign_BYTES);
    if (!global) {
        *error = QStringLiteral("line 4: not a base64 comment signature of %1 bytes").arg(crypto_sign_BYTES);
        return std::nullopt;
    }
    Signature signature;
    signature.untrustedComment = QString::fromUtf8(lines.at(0).mid(untrustedPrefix().size()));
    signature.algorithm = sig->left(2);
    signature.keyId = sig->mid(2, kKeyIdBytes);
    signature.signature = sig->mid(2 + kKeyIdBytes);
    signature.trustedComment = QString::fromUtf8(lines.at(2).mid(trustedPrefix().size()));
    signature.globalSignature = *global;
    return signature;
}

/// The trusted key that claims the signature, or null with the reason.
static const PublicKey *signerOf(const Signature &signature, const QList<PublicKey> &trusted, QString *error)
{
    if (signature.algorithm == sigAlg()) {
        *error = QStringLiteral("legacy signature (algorithm Ed, not prehashed) refused: sign again with a current minisign or civic-pack");
        return nullptr;
    }
    if (signature.algorithm != sigAlgHashed()) {
        *error = QStringLiteral("unknown signature algorithm");
        return nullptr;
    }
    const auto key = std::find_if(trusted.cbegin(), trusted.cend(),
                                  [&](const PublicKey &candidate) { return candidate.keyId == signature.keyId; });
    if (key == trusted.cend()) {
        *error = QStringLiteral("signed with key %1, which is not trusted").arg(PublicKey{signature.keyId, {}}.keyIdText());
        return nullptr;
    }
    return &*key;
}

static_assert(sizeof(crypto_generichash_state) <= 384, "libsodium's BLAKE2b state does not fit");

Prehasher::Prehasher()
{
    if (!initialized())
        qFatal("libsodium cannot be initialized");
    crypto_generichash_init(reinterpret_cast<crypto_generichash_state *>(m_state), nullptr, 0, crypto_generichash_BYTES_MAX);
}

void Prehasher::addData(const char *data, qsizetype size)
{
    crypto_generichash_update(reinterpret_cast<crypto_generichash_state *>(m_state),
                              reinterpret_cast<const unsigned char *>(data), static_cast<unsigned long long>(size));
}

QByteArray Prehasher::result()
{
    QByteArray hash(crypto_generichash_BYTES_MAX, '\0');
    crypto_generichash_final(reinterpret_cast<crypto_generichash_state *>(m_state), bytes(hash), hash.size());
    return hash;
}

std::optional<PublicKey> trustedSigner(const Signature &signature, const QList<PublicKey> &trusted, QString *error)
{
    const PublicKey *key = signerOf(signature, trusted, error);
    return key ? std::optional<PublicKey>(*key) : std::nullopt;
}

QByteArray prehash(QIODevice &data)
{
    Prehasher hasher;
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 read = data.read(buffer.data(), buffer.size());
        if (read < 0)
            return {};
        if (read == 0)
            break;
        hasher.addData(buffer.constData(), read);
    }
    return hasher.result();
}

std::optional<Signature> sign(const SecretKey &key, QIODevice &data, const QString &trustedComment,
                              const QString &untrustedComment)
{
    const QByteArray hash = prehash(data);
    if (hash.isEmpty())
        return std::nullopt;
    Signature signature;
    signature.algorithm = sigAlgHashed();
    signature.keyId = key.keyId;
    signature.untrustedComment = untrustedComment;
    signature.trustedComment = trustedComment;
    signature.signature = QByteArray(crypto_sign_BYTES, '\0');
    crypto_sign_detached(bytes(signature.signature), nullptr, bytes(hash), hash.size(), bytes(key.secret));
    const QByteArray global = signature.signature + trustedComment.toUtf8();
    signature.globalSignature = QByteArray(crypto_sign_BYTES, '\0');
    crypto_sign_detached(bytes(signature.globalSignature), nullptr, bytes(global), global.size(), bytes(key.secret));
    return signature;
}

std::optional<PublicKey> verify(const Signature &signature, const QList<PublicKey> &trusted, QIODevice &data,
                                QString *error)
{
    // Refuse what can be refused without reading gigabytes first.
    if (!signerOf(signature, trusted, error))
        return std::nullopt;
    const QByteArray hash = prehash(data);
    if (hash.isEmpty()) {
        *error = QStringLiteral("cannot read the signed data");
        return std::nullopt;
    }
    return verifyPrehashed(signature, trusted, hash, error);
}

std::optional<PublicKey> verifyPrehashed(const Signature &signature, const QList<PublicKey> &trusted,
                                         const QByteArray &hash, QString *error)
{
    if (!initialized())
        qFatal("libsodium cannot be initialized");
    if (!signerOf(signature, trusted, error))
        return std::nullopt;
    // Key IDs are random, not unique by construction: try every trusted key that carries this one.
    const QByteArray global = signature.signature + signature.trustedComment.toUtf8();
    for (const PublicKey &key : trusted) {
        if (key.keyId != signature.keyId)
            continue;
        if (crypto_sign_verify_detached(bytes(signature.signature), bytes(hash), hash.size(), bytes(key.key)) != 0) {
            *error = QStringLiteral("signature does not match the data");
            continue;
        }
        if (crypto_sign_verify_detached(bytes(signature.globalSignature), bytes(global), global.size(), bytes(key.key)) != 0) {
            *error = QStringLiteral("the trusted comment does not match its signature");
            continue;
        }
        return key;
    }
    return std::nullopt;
}

} // namespace civic::minisign
