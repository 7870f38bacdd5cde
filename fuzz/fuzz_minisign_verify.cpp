// Outside input: a signature and the data it claims to sign, both from outside: a .ckpack and its
// .minisig from a USB stick, latest.json or a manifest and its .minisig from a channel. The input
// is a .minisig file (four lines) followed by the signed bytes. The key is fixed, as in a kiosk's
// config; verification must never crash, whatever the signature and the data.

#include "fuzzsupport.h"

#include "minisign.h"

#include <QBuffer>

using namespace civic::minisign;

namespace {

PublicKey parsedKey(const char *base64)
{
    QString error;
    const auto key = PublicKey::parse(base64, &error);
    if (!key)
        qFatal("fuzz: a built-in public key does not parse: %s", qPrintable(error));
    return *key;
}

/// The kiosk's trusted keys. The first carries the same key ID as the second but another key: key
/// IDs are random, not unique, so verification must try every key with the signature's ID. The
/// second made the seed corpus's signatures (minisign -G; its secret key is not kept).
const QList<PublicKey> &trustedKeys()
{
    static const QList<PublicKey> keys{parsedKey("RWT0Wze/hZToS5V4/r97l7+kuflAh5XUWXa6s3KWweeMzoL8a8i9uHVh"),
                                       parsedKey("RWT0Wze/hZToS12LzBJn51C7Rvg8BZkKmcWecX3GFtX80ZsqWfia6iz/")};
    return keys;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    civic::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = civic::fuzz::input(data, size);
    qsizetype end = -1;
    for (int line = 0; line < 4; ++line) {
        end = bytes.indexOf('\n', end + 1);
        if (end < 0)
            return 0;
    }
    QString error;
    const auto signature = Signature::parse(bytes.left(end + 1), &error);
    if (!signature)
        return 0;
    QByteArray signedData = bytes.mid(end + 1);

    // The two ways the kiosk checks a signature: reading the data after the signature file
    // (channel files, refused archives), and hashing while unpacking (PackStore::installArchive).
    // They must agree, or one of the two paths lets through what the other refuses.
    QBuffer buffer(&signedData);
    buffer.open(QIODevice::ReadOnly);
    const auto read = verify(*signature, trustedKeys(), buffer, &error);
    Prehasher hasher;
    hasher.addData(signedData.constData(), signedData.size());
    const auto prehashed = verifyPrehashed(*signature, trustedKeys(), hasher.result(), &error);
    if (read.has_value() != prehashed.has_value() || (read && read->key != prehashed->key))
        civic::fuzz::fail("verify() and verifyPrehashed() disagree");
    return 0;
}
