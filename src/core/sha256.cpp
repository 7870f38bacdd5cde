#include "sha256.h"

#include <QIODevice>

#include <sodium.h>

namespace civic {

static_assert(sizeof(crypto_hash_sha256_state) <= 128, "libsodium's SHA-256 state does not fit");

namespace {
crypto_hash_sha256_state *state(unsigned char *storage)
{
    return reinterpret_cast<crypto_hash_sha256_state *>(storage);
}
} // namespace

Sha256::Sha256()
{
    if (sodium_init() < 0)
        qFatal("libsodium cannot be initialized");
    crypto_hash_sha256_init(state(m_state));
}

void Sha256::addData(QByteArrayView data)
{
    crypto_hash_sha256_update(state(m_state), reinterpret_cast<const unsigned char *>(data.data()),
                              static_cast<unsigned long long>(data.size()));
}

bool Sha256::addData(QIODevice &device)
{
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 read = device.read(buffer.data(), buffer.size());
        if (read < 0)
            return false;
        if (read == 0)
            return true;
        addData(QByteArrayView(buffer.constData(), read));
    }
}

QByteArray Sha256::hexResult()
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(state(m_state), digest);
    return QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toHex();
}

QByteArray Sha256::hexOf(QByteArrayView data)
{
    Sha256 hash;
    hash.addData(data);
    return hash.hexResult();
}

} // namespace civic
